import type { JobsOptions } from 'bullmq';

/** Every BullMQ queue of the platform, in one place. */
export const Queues = {
  /** Keeps the Meilisearch indexes in step with PostgreSQL. */
  SearchIndex: 'search-index',
  /** Turns domain events into notifications: who is told what (fan-out). */
  Notifications: 'notifications',
  /** One job per email delivery (and the daily digests). */
  Email: 'email',
  /** One job per webhook delivery. */
  Webhooks: 'webhooks',
  /** Delayed jobs: a demand's deadline is near. */
  Reminders: 'reminders',
} as const;

export type QueueName = (typeof Queues)[keyof typeof Queues];

export interface EventRoute {
  queue: QueueName;
  accepts: (eventType: string) => boolean;
  jobOptions?: JobsOptions;
  /** The consumer records outbox receipts, so its unhandled events survive a Redis data loss. */
  receipts?: boolean;
}

/** Backoff type for long-lived retries; workers that use it set `cappedBackoff` as strategy. */
export const CAPPED_BACKOFF = 'capped';

/** 1 s, 2 s, 4 s … then once a minute. */
export function cappedBackoff(attemptsMade: number): number {
  return Math.min(60_000, 1000 * 2 ** Math.max(0, attemptsMade - 1));
}

/** Aggregates whose public state is searchable. */
const SEARCHABLE = ['organization', 'expert', 'demand', 'offer'];

/** Events someone is told about (or that move a deadline reminder). */
const NOTIFIABLE = new Set([
  'demand.published',
  'demand.updated',
  'demand.closed',
  'interest.expressed',
  'invitation.sent',
  'match.connected',
  'match.declined',
  'match.withdrawn',
  'organization.verified',
  'organization.rejected',
]);

/**
 * Which domain events the outbox relay hands to which queue. Each consumer gets its own queue,
 * so a slow or failing consumer (Meilisearch down) never holds back another.
 */
export const EVENT_ROUTES: readonly EventRoute[] = [
  {
    queue: Queues.SearchIndex,
    accepts: (type) => SEARCHABLE.includes(type.split('.')[0]),
    receipts: true,
    // Meilisearch may be away for a while: retry about once a minute for ~16 h.
    jobOptions: { attempts: 1000, backoff: { type: CAPPED_BACKOFF } },
  },
  {
    queue: Queues.Notifications,
    accepts: (type) => NOTIFIABLE.has(type),
    receipts: true,
    // About half an hour of retries (a demand not yet indexed, Meilisearch briefly away).
    jobOptions: { attempts: 30, backoff: { type: CAPPED_BACKOFF } },
  },
];
