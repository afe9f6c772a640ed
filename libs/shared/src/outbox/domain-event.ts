/**
 * A domain event as its producer declares it: name, aggregate, the aggregate's version after the
 * change, and a typed payload. Each context exports the union of its events (e.g. DemandEvent),
 * so the outbox writer, the relay's routes and every consumer share one definition.
 */
export interface DomainEvent<
  Type extends string = string,
  Payload extends object = object,
  Aggregate extends string = string,
> {
  eventType: Type;
  aggregateType: Aggregate;
  aggregateId: string;
  /** Increases with every change of the aggregate: consumers drop what is older than they applied. */
  aggregateVersion: number;
  payload: Payload;
}

/** What a context hands to the outbox. */
export type DomainEventInput = DomainEvent;

/** What consumers receive from their queue (see EventRoute): the event plus its outbox identity. */
export type DomainEventMessage<E extends DomainEvent = DomainEvent> = E & {
  eventId: string;
  occurredAt: string;
};

export const OUTBOX_NOTIFY_CHANNEL = 'chanjiao_outbox';
