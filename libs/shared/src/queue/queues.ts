/** Every BullMQ queue of the platform, in one place. */
export const Queues = {
  /** Keeps the Meilisearch indexes in step with PostgreSQL. */
  SearchIndex: 'search-index',
} as const;

export type QueueName = (typeof Queues)[keyof typeof Queues];

/** Aggregates whose public state is searchable. */
const SEARCHABLE = ['organization', 'expert', 'demand', 'offer'];

/**
 * Which domain events the outbox relay hands to which queue. Each consumer gets its own queue,
 * so a slow or failing consumer (Meilisearch down) never holds back another.
 */
export const EVENT_ROUTES: readonly {
  queue: QueueName;
  accepts: (eventType: string) => boolean;
}[] = [{ queue: Queues.SearchIndex, accepts: (type) => SEARCHABLE.includes(type.split('.')[0]) }];
