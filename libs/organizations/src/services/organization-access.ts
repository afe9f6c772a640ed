import { type AuthUser, DomainError, isAdmin } from '@app/shared';
import { type Organization, VerificationStatus } from '../entities/organization.entity';
import {
  assertOrganizationRole,
  type HasOrganizationRole,
  OrganizationRole,
} from '../team/organization-roles';

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

/** Only its managers and owners (and admins) change an organisation's profile. */
export function assertCanEdit(actor: AuthUser, membership: HasOrganizationRole | null): void {
  if (isAdmin(actor)) return;
  if (!membership) {
    throw DomainError.forbidden(
      'Only members of this organisation may change it',
      'NOT_ORGANIZATION_MEMBER',
    );
  }
  assertOrganizationRole(membership, OrganizationRole.Manager);
}
