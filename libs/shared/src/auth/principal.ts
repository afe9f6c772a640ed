import { DomainError } from '../errors/domain-error';

/**
 * Account types. Admins are the platform's operators and are created by the CLI only; district
 * operators (区县教育局, 区政府) are granted one or more districts by a platform admin (ADR 0016).
 */
export enum Role {
  Enterprise = 'enterprise',
  College = 'college',
  Expert = 'expert',
  Admin = 'admin',
  Operator = 'operator',
}

export const SELF_SERVICE_ROLES = [Role.Enterprise, Role.College, Role.Expert] as const;

/** The authenticated caller, as the auth guard puts it on the request. */
export interface AuthUser {
  id: string;
  role: Role;
  sessionId: string;
  /**
   * District operators only: the district codes granted, read with the session check (never from
   * the token), sorted. Empty once the grant is revoked.
   */
  districts?: readonly string[];
}

/** Who is acting: a user, or nobody (public endpoints). */
export type Actor = AuthUser | undefined;

/** The platform admin: the whole city and every platform-only route. */
export function isAdmin(actor: Actor): boolean {
  return actor?.role === Role.Admin;
}

export function isOperator(actor: Actor): boolean {
  return actor?.role === Role.Operator;
}

/**
 * How much of the city an actor oversees (the verification queue, unverified organisations,
 * drafts, admin fields and lists): all of it (platform admin), some districts (district
 * operator), or none (everyone else, and an operator whose grant was revoked).
 *
 * A scope names exact district codes: the reference catalogue is flat (county-level areas of one
 * city), so no code covers another; functional zones are areas of their own (ADR 0016).
 */
export type Oversight =
  | { readonly kind: 'city' }
  | { readonly kind: 'districts'; readonly districts: readonly string[] }
  | { readonly kind: 'none' };

const CITY: Oversight = Object.freeze({ kind: 'city' });
const NONE: Oversight = Object.freeze({ kind: 'none' });

export function oversightOf(actor: Actor): Oversight {
  if (isAdmin(actor)) return CITY;
  if (isOperator(actor) && actor?.districts && actor.districts.length > 0) {
    return { kind: 'districts', districts: actor.districts };
  }
  return NONE;
}

/** Whether this oversight covers a record in `district` (null: a record with no district). */
export function oversees(oversight: Oversight, district: string | null | undefined): boolean {
  if (oversight.kind === 'city') return true;
  if (oversight.kind === 'none' || !district) return false;
  return oversight.districts.includes(district);
}

/** Whether the actor oversees a record in `district` (admin: always; operator: its districts). */
export function overseesDistrict(actor: Actor, district: string | null | undefined): boolean {
  return oversees(oversightOf(actor), district);
}

/**
 * The oversight of a caller on an oversight route (the verification queue and decisions): an
 * operator whose grant was revoked is refused with a stable code; anyone else gets here only
 * through `@Roles(Role.Admin, Role.Operator)`.
 */
export function requireOversight(actor: Actor): Exclude<Oversight, { kind: 'none' }> {
  const oversight = oversightOf(actor);
  if (oversight.kind === 'none') {
    throw DomainError.forbidden(
      'No district is granted to this operator account',
      'NO_DISTRICTS_GRANTED',
    );
  }
  return oversight;
}
