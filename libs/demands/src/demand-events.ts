import type { DomainEvent } from '@app/shared';
import type { CloseReason, Demand, DemandKind, DemandStatus } from './demand.entity';

export const DemandEvents = {
  Published: 'demand.published',
  Updated: 'demand.updated',
  Closed: 'demand.closed',
} as const;

export type DemandEventType = (typeof DemandEvents)[keyof typeof DemandEvents];

/** A demand's public facts at the event's version. */
export interface DemandEventPayload {
  demandId: string;
  organizationId: string;
  kind: DemandKind;
  title: string;
  industryCode: string;
  district: string;
  status: DemandStatus;
  deadline: string | null;
  closeReason: CloseReason | null;
}

/** Every event of the demands context's demand aggregate. */
export type DemandEvent = DomainEvent<DemandEventType, DemandEventPayload, 'demand'>;

export function demandEvent(type: DemandEventType, d: Demand): DemandEvent {
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
