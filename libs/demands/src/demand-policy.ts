import { type AuthUser, DomainError, isAdmin } from '@app/shared';
import type { Membership } from '@app/organizations';
import { VerificationStatus } from '@app/organizations';
import { type Demand, DemandStatus } from './demand.entity';

/** Today in the city's time zone, as YYYY-MM-DD (deadlines are calendar days there). */
export function cityToday(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(now);
}

export function isOwner(demand: Demand, membership: Membership | null): boolean {
  return membership?.organizationId === demand.organizationId;
}

/**
 * Drafts are seen only by their organisation and admins; to others they do not exist (404, not
 * 403). The one home of that rule: other contexts ask it through `@app/demands`.
 */
export function isDemandVisible(
  demand: Pick<Demand, 'status' | 'organizationId'>,
  viewerOrganizationId: string | null | undefined,
  admin = false,
): boolean {
  return (
    demand.status !== DemandStatus.Draft || admin || viewerOrganizationId === demand.organizationId
  );
}

/**
 * `overseen`: the caller oversees the demand's district (the platform admin always; a district
 * operator when the demand's organisation is in one of its districts, which the caller works out).
 */
export function assertVisible(
  demand: Demand | null,
  actor: AuthUser | undefined,
  membership: Membership | null,
  overseen = isAdmin(actor),
): Demand {
  if (!demand || !isDemandVisible(demand, membership?.organizationId, overseen)) {
    throw DomainError.notFound('Demand');
  }
  return demand;
}

export function assertOwner(demand: Demand, membership: Membership | null): void {
  if (!isOwner(demand, membership)) {
    throw DomainError.forbidden(
      'Only the organisation that posted this demand may change it',
      'NOT_DEMAND_OWNER',
    );
  }
}

export function assertVerified(membership: Membership): void {
  if (membership.status !== VerificationStatus.Verified) {
    throw DomainError.conflict(
      'ORG_NOT_VERIFIED',
      'Your organisation must be verified by the platform before it can publish',
    );
  }
}

export function assertStatus(demand: Demand, allowed: DemandStatus[], action: string): void {
  if (!allowed.includes(demand.status)) {
    throw DomainError.conflict(
      'INVALID_STATUS_TRANSITION',
      `A ${demand.status} demand cannot be ${action}`,
    );
  }
}

export function assertDeadlineAhead(deadline: string | null | undefined): void {
  if (deadline && deadline < cityToday()) {
    throw new DomainError('conflict', 'DEADLINE_PASSED', 'The deadline has already passed', [
      { field: 'deadline', code: 'DEADLINE_PASSED', message: 'The deadline has already passed' },
    ]);
  }
}
