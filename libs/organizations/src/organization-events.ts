import type { DomainEvent } from '@app/shared';
import type {
  Organization,
  OrganizationKind,
  VerificationStatus,
} from './entities/organization.entity';

export const OrganizationEvents = {
  Registered: 'organization.registered',
  Updated: 'organization.updated',
  Verified: 'organization.verified',
  Rejected: 'organization.rejected',
} as const;

export type OrganizationEventType = (typeof OrganizationEvents)[keyof typeof OrganizationEvents];

export interface OrganizationEventPayload {
  organizationId: string;
  kind: OrganizationKind;
  name: string;
  status: VerificationStatus;
  district: string;
  industryCode: string | null;
  /** Only on organization.rejected: what the applicant is told to fix. */
  reason?: string | null;
}

export type OrganizationEvent = DomainEvent<
  OrganizationEventType,
  OrganizationEventPayload,
  'organization'
>;

export function organizationEvent(
  type: OrganizationEventType,
  org: Organization,
): OrganizationEvent {
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
