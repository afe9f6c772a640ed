import type { DomainEventInput } from '@app/shared';
import type { Demand } from './demand.entity';

export const DemandEvents = {
  Published: 'demand.published',
  Updated: 'demand.updated',
  Closed: 'demand.closed',
} as const;

export function demandEvent(
  type: (typeof DemandEvents)[keyof typeof DemandEvents],
  d: Demand,
): DomainEventInput {
  return {
    eventType: type,
    aggregateType: 'demand',
    aggregateId: d.id,
    aggregateVersion: d.version,
    payload: {
      demandId: d.id,
      organizationId: d.organizationId,
      kind: d.kind,
      title: d.title,
      industryCode: d.industryCode,
      district: d.district,
      status: d.status,
      deadline: d.deadline,
      closeReason: d.closeReason,
    },
  };
}
