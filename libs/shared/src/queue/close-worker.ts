import type { Worker } from 'bullmq';

export interface CloseOptions {
  /** How long running jobs get to finish. */
  graceMs: number;
  /** Called once the grace is over with jobs still running (e.g. abort their HTTP calls). */
  cut?: () => void;
  /** How long cut jobs get to record their outcome before the worker is closed anyway. */
  cutGraceMs?: number;
}

/**
 * Shuts a BullMQ worker down within a bound: stop taking jobs, give the running ones `graceMs`,
 * cut what still runs, then force-close the worker and its connections. BullMQ's graceful
 * `close()` waits for jobs without a bound and never returns while Redis is unreachable; a job
 * cut off here is retried as stalled (consumers are idempotent).
 */
export async function closeWorker(
  worker: Worker,
  running: () => number,
  { graceMs, cut, cutGraceMs = 2_000 }: CloseOptions,
): Promise<void> {
  await worker.pause(true);
  if (!(await settles(running, graceMs)) && cut) {
    cut();
    await settles(running, cutGraceMs);
  }
  await worker.close(true);
}

async function settles(running: () => number, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (running() > 0 && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return running() === 0;
}

/** Counts the jobs a processor is running, for `closeWorker`. */
export class RunningJobs {
  private count = 0;

  get size(): number {
    return this.count;
  }

  async track<T>(work: () => Promise<T>): Promise<T> {
    this.count += 1;
    try {
      return await work();
    } finally {
      this.count -= 1;
    }
  }
}
