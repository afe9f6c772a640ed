import { type AuthUser, DomainError, isAdmin } from '@app/shared';
import { type Organization, VerificationStatus } from '../entities/organization.entity';

/** Anyone sees a verified organisation; its members and admins also see it before that. */
export function assertVisible(
  org: Organization | null,
  actor: AuthUser | undefined,
  isMember: boolean,
) {
  if (!org) throw DomainError.notFound('Organization');
  if (org.status !== VerificationStatus.Verified && !isMember && !isAdmin(actor)) {
    throw DomainError.notFound('Organization');
  }
  return org;
}

/** Only members (and admins) change an organisation. */
export function assertCanEdit(actor: AuthUser, isMember: boolean): void {
  if (!isMember && !isAdmin(actor)) {
    throw DomainError.forbidden(
      'Only members of this organisation may change it',
      'NOT_ORGANIZATION_MEMBER',
    );
  }
}
