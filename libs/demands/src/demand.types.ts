/** The demand's enums and shapes, apart from the entity so that importing them pulls no TypeORM. */
export enum DemandKind {
  Talent = 'talent',
  Rnd = 'rnd',
  Training = 'training',
  TeacherPractice = 'teacher_practice',
}

export enum DemandStatus {
  Draft = 'draft',
  Open = 'open',
  Closed = 'closed',
}

export enum CloseReason {
  Filled = 'filled',
  Expired = 'expired',
  Withdrawn = 'withdrawn',
}

/** Kind-specific fields; the shape is checked by the DTO of the demand's kind. */
export type DemandDetails = Record<string, unknown>;
