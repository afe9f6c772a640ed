import { type AuthUser, DomainError, isAdmin, overseesDistrict } from '@app/shared';
import { type Organization, VerificationStatus } from '../entities/organization.entity';
import {
  assertOrganizationRole,
  type HasOrganizationRole,
  OrganizationRole,
} from '../team/organization-roles';

/**
 * Anyone sees a verified organisation; its members, the platform admin and the operators of its
 * district (ADR 0016) also see it before that. To everyone else it does not exist (404).
 */
export function assertVisible(
  org: Organization | null,
  actor: AuthUser | undefined,
  isMember: boolean,
) {
  if (!org) throw DomainError.notFound('Organization');
  if (
    org.status !== VerificationStatus.Verified &&
    !isMember &&
    !overseesDistrict(actor, org.district)
  ) {
    throw DomainError.notFound('Organization');
  }
  return org;
}

/** Only its managers and owners (and the platform admin) change an organisation's profile. */
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
