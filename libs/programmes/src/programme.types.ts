/** The programmes context's enums, apart from the entities: importing them pulls no TypeORM. */

// The kinds and states are shared vocabulary (search filters them, the city's figures count them).
export { PROJECT_KINDS, PROJECT_STATUSES, ProjectKind, ProjectStatus } from '@app/reference';

/** What a partner is in the project: an enterprise or a college (organisations), or an expert. */
export enum PartnerType {
  Enterprise = 'enterprise',
  College = 'college',
  Expert = 'expert',
}

/** Reported by one side; confirmed by another side (a new report needs a new confirmation). */
export enum OutcomeStatus {
  Reported = 'reported',
  Confirmed = 'confirmed',
}
