import type { WorkerOptions } from 'bullmq';
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
  /** Scheduled upkeep: the daily pruning of old rows (ADR 0011). */
  Maintenance: 'maintenance',
  /** The yearly talent supply–demand report, one job per request (issue 13, ADR 0021). */
  Reports: 'reports',
} as const;

export type QueueName = (typeof Queues)[keyof typeof Queues];

/**
 * How many times a job may be found stalled (its worker died, or was cut off at shutdown, while
 * running it) before BullMQ fails it. BullMQ's default, 1, failed a job that two worker crashes
 * happened to catch running, and a failed event job is only retried by hand (ADR 0005): the soak
 * test's worker kills left notifications and search-index events there ("job stalled more than
 * allowable limit"). Consumers are idempotent, so running such a job again is safe; a job that
 * itself kills its worker still ends in the failed list after this many crashes.
 */
export const MAX_STALLED_COUNT = 10;

/**
 * The options every `@Processor` of the project starts from: `autorun: false` (JobRegistryCheck
 * starts the workers once the registry is consistent) and MAX_STALLED_COUNT.
 */
export function jobWorkerOptions(
  options: Omit<WorkerOptions, 'connection'> = {},
): Omit<WorkerOptions, 'connection'> {
  return { autorun: false, maxStalledCount: MAX_STALLED_COUNT, ...options };
}

/** Backoff type for long-lived retries; workers that use it set `cappedBackoff` as strategy. */
export const CAPPED_BACKOFF = 'capped';

/** 1 s, 2 s, 4 s … then once a minute. */
export function cappedBackoff(attemptsMade: number): number {
  return Math.min(60_000, 1000 * 2 ** Math.max(0, attemptsMade - 1));
}
