import { defineQueue, payload, Queues } from '@app/shared';

/** The maintenance queue's jobs. */
export const MAINTENANCE_QUEUE = defineQueue(Queues.Maintenance, {
  /** Daily, at PRUNE_HOUR in NOTIFY_TIMEZONE: delete what is past its retention (ADR 0011). */
  prune: payload<Record<string, never>>(),
  /** Daily, at MILESTONE_CHECK_HOUR in NOTIFY_TIMEZONE: cooperation-project milestones found overdue. */
  milestones_overdue: payload<Record<string, never>>(),
  /** Daily, at PARTNERSHIP_CHECK_HOUR in NOTIFY_TIMEZONE: enterprise–college partnerships found stalled. */
  partnerships_stalled: payload<Record<string, never>>(),
  /** Every INSIGHT_REFRESH_MINUTES: the city's statistics' materialised views (ADR 0020). */
  insight_refresh: payload<Record<string, never>>(),
});

export const PRUNE_SCHEDULER_ID = 'prune';
export const MILESTONES_SCHEDULER_ID = 'milestones-overdue';
/** Local hour of the overdue-milestone check: the start of a working day. */
export const MILESTONE_CHECK_HOUR = 8;
export const PARTNERSHIPS_SCHEDULER_ID = 'partnerships-stalled';
/** Local hour of the stalled-partnership check: after the milestone check (it counts overdue ones). */
export const PARTNERSHIP_CHECK_HOUR = 9;
export const INSIGHT_REFRESH_SCHEDULER_ID = 'insight-refresh';
