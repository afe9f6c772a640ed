/** What a context hands to the outbox. */
export interface DomainEventInput {
  eventType: string;
  aggregateType: string;
  aggregateId: string;
  aggregateVersion: number;
  payload: Record<string, unknown>;
}

/** What consumers receive from their queue (see EVENT_ROUTES). */
export interface DomainEventMessage extends DomainEventInput {
  eventId: string;
  occurredAt: string;
}

export const OUTBOX_NOTIFY_CHANNEL = 'chanjiao_outbox';
