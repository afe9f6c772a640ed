import type { Job } from 'bullmq';

/**
 * When a waiting job became due: a job added with a delay (a reminder, a digest) waits from the
 * end of its delay, not from when it was added. A retried or postponed job's `delay` is its last
 * one, counted from its last start (`processedOn`): earlier than the real move by the time that
 * attempt ran, so its age is over-stated by at most that.
 */
export function dueAt(job: Pick<Job, 'timestamp' | 'processedOn' | 'delay'>): number {
  return Math.max(job.timestamp, job.processedOn ?? 0) + (job.delay ?? 0);
}
