import { DomainError } from '@app/shared';
import { OrganizationRole, roleIncludes, roleRequired } from './organization-roles';

/**
 * Who may do what to whom inside a team (ADR 0018): pure rules, checked by TeamService after it
 * has locked the rows they read.
 */

/** Managers invite members and managers; only an owner invites an owner. */
export function assertCanInvite(inviter: OrganizationRole, invited: OrganizationRole): void {
  if (!roleIncludes(inviter, OrganizationRole.Manager))
    throw roleRequired(OrganizationRole.Manager);
  if (invited === OrganizationRole.Owner && inviter !== OrganizationRole.Owner) {
    throw roleRequired(OrganizationRole.Owner);
  }
}

/**
 * Anyone may leave; owners remove anyone; managers remove members (not managers or owners).
 */
export function assertCanRemove(
  actor: OrganizationRole,
  target: OrganizationRole,
  self: boolean,
): void {
  if (self) return;
  if (actor === OrganizationRole.Owner) return;
  if (actor === OrganizationRole.Manager && target === OrganizationRole.Member) return;
  throw roleRequired(
    actor === OrganizationRole.Manager ? OrganizationRole.Owner : OrganizationRole.Manager,
  );
}

/** Roles change only by an owner's hand (ownership is also handed over by a transfer). */
export function assertCanChangeRoles(actor: OrganizationRole): void {
  if (actor !== OrganizationRole.Owner) throw roleRequired(OrganizationRole.Owner);
}

/**
 * An organisation always keeps an owner: the last one can neither leave, be removed nor be
 * demoted. `owners` counts the owners before the change.
 */
export function assertKeepsAnOwner(
  target: OrganizationRole,
  next: OrganizationRole | null,
  owners: number,
): void {
  if (target === OrganizationRole.Owner && next !== OrganizationRole.Owner && owners <= 1) {
    throw DomainError.conflict(
      'LAST_OWNER',
      'The organisation needs an owner: transfer ownership or make another member owner first',
    );
  }
}
