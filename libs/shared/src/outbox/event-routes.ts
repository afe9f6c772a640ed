import type { JobsOptions } from 'bullmq';
import type { QueueName } from '../queue/queues';
import type { DomainEvent } from './domain-event';

/** Which domain events the outbox relay hands to one consumer's queue. */
export interface EventRoute {
  queue: QueueName;
  accepts: (eventType: string) => boolean;
  jobOptions?: JobsOptions;
  /** The consumer records outbox receipts, so its unhandled events survive a Redis data loss. */
  receipts?: boolean;
}

/** The routes the relay serves, provided by the app that runs it (OutboxRelayModule.forRoutes). */
export const EVENT_ROUTES = Symbol('EVENT_ROUTES');

/**
 * A consumer's subscription, checked by the compiler: `events` lists every event type of the
 * producers it listens to, true when handled and false when ignored on purpose. A producer's
 * new event type therefore fails to compile until each of its consumers has decided.
 */
export function eventRoute<E extends DomainEvent>(route: {
  queue: QueueName;
  events: Record<E['eventType'], boolean>;
  jobOptions?: JobsOptions;
  receipts?: boolean;
}): EventRoute {
  const accepted = new Set(
    Object.entries<boolean>(route.events)
      .filter(([, handled]) => handled)
      .map(([type]) => type),
  );
  return {
    queue: route.queue,
    accepts: (type) => accepted.has(type),
    jobOptions: route.jobOptions,
    receipts: route.receipts,
  };
}
