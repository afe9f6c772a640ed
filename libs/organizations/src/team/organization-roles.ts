import { DomainError } from '@app/shared';

/**
 * What a member may do in their organisation (ADR 0018). Each role includes the ones below it:
 * members read and respond, managers also publish and invite, owners also run the team.
 */
export enum OrganizationRole {
  Owner = 'owner',
  Manager = 'manager',
  Member = 'member',
}

export const ORGANIZATION_ROLES = [
  OrganizationRole.Owner,
  OrganizationRole.Manager,
  OrganizationRole.Member,
] as const;

const RANK: Record<OrganizationRole, number> = {
  [OrganizationRole.Member]: 0,
  [OrganizationRole.Manager]: 1,
  [OrganizationRole.Owner]: 2,
};

/** Anything that says which role its user has (a Membership, a member record). */
export interface HasOrganizationRole {
  readonly role: OrganizationRole;
}

/** Whether `held` includes `required` (an owner is also a manager and a member). */
export function roleIncludes(held: OrganizationRole, required: OrganizationRole): boolean {
  return RANK[held] >= RANK[required];
}

/** Whether the caller's membership carries at least `required`; no membership: false. */
export function hasOrganizationRole(
  membership: HasOrganizationRole | null | undefined,
  required: OrganizationRole,
): boolean {
  return !!membership && roleIncludes(membership.role, required);
}

export function roleRequired(required: OrganizationRole): DomainError {
  return DomainError.forbidden(
    `This needs the ${required} role in your organisation`,
    'ORGANIZATION_ROLE_REQUIRED',
  );
}

/**
 * For a caller already known to be a member of the organisation concerned: 403
 * ORGANIZATION_ROLE_REQUIRED unless their role includes `required`. Callers keep their own
 * answer for outsiders (404 or NOT_ORGANIZATION_MEMBER) and run it first.
 */
export function assertOrganizationRole(
  membership: HasOrganizationRole | null | undefined,
  required: OrganizationRole,
): void {
  if (!hasOrganizationRole(membership, required)) throw roleRequired(required);
}
