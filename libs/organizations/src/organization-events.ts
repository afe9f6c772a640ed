import type { DomainEventInput } from '@app/shared';
import type { Organization } from './entities/organization.entity';

export const OrganizationEvents = {
  Registered: 'organization.registered',
  Updated: 'organization.updated',
  Verified: 'organization.verified',
  Rejected: 'organization.rejected',
} as const;

export type OrganizationEventType = (typeof OrganizationEvents)[keyof typeof OrganizationEvents];

export function organizationEvent(
  type: OrganizationEventType,
  org: Organization,
): DomainEventInput {
  return {
    eventType: type,
    aggregateType: 'organization',
    aggregateId: org.id,
    aggregateVersion: org.version,
    payload: {
      organizationId: org.id,
      kind: org.kind,
      name: org.name,
      status: org.status,
      district: org.district,
      industryCode: org.industryCode,
      ...(type === OrganizationEvents.Rejected ? { reason: org.rejectionReason } : {}),
    },
  };
}
