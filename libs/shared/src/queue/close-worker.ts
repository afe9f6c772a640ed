import type { Worker } from 'bullmq';

/**
 * Shuts a BullMQ worker down within a bound: stop taking jobs, give the running ones `graceMs`,
 * then force-close. BullMQ's graceful `close()` never returns while Redis is unreachable; a job
 * cut off here is retried as stalled (consumers are idempotent).
 */
export async function closeWorker(
  worker: Worker,
  running: () => number,
  graceMs = 5_000,
): Promise<void> {
  await worker.pause(true);
  const deadline = Date.now() + graceMs;
  while (running() > 0 && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  await worker.close(true);
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
