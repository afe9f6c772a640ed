import type { DomainEventMessage } from './domain-event';

export interface OutboxRow {
  id: string;
  event_type: string;
  aggregate_type: string;
  aggregate_id: string;
  aggregate_version: number;
  payload: Record<string, unknown>;
  occurred_at: Date;
}

export function toMessage(row: OutboxRow): DomainEventMessage {
  return {
    eventId: row.id,
    eventType: row.event_type,
    aggregateType: row.aggregate_type,
    aggregateId: row.aggregate_id,
    aggregateVersion: row.aggregate_version,
    payload: row.payload,
    occurredAt: new Date(row.occurred_at).toISOString(),
  };
}
