import { defineQueue, payload, Queues } from '@app/shared';

/** The maintenance queue's jobs. */
export const MAINTENANCE_QUEUE = defineQueue(Queues.Maintenance, {
  /** Daily, at PRUNE_HOUR in NOTIFY_TIMEZONE: delete what is past its retention (ADR 0011). */
  prune: payload<Record<string, never>>(),
});

export const PRUNE_SCHEDULER_ID = 'prune';
