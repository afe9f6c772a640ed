/** Account types. Admins are the city's operators and are created by the CLI only. */
export enum Role {
  Enterprise = 'enterprise',
  College = 'college',
  Expert = 'expert',
  Admin = 'admin',
}

export const SELF_SERVICE_ROLES = [Role.Enterprise, Role.College, Role.Expert] as const;

/** The authenticated caller, as the auth guard puts it on the request. */
export interface AuthUser {
  id: string;
  role: Role;
  sessionId: string;
}

/** Who is acting: a user, or nobody (public endpoints). */
export type Actor = AuthUser | undefined;

export function isAdmin(actor: Actor): boolean {
  return actor?.role === Role.Admin;
}
