import type { Meilisearch, Task } from 'meilisearch';

const FINISHED = new Set(['succeeded', 'failed', 'canceled']);

/** Raised when a task is still not finished at the deadline (an outage to wait out, see isSearchUnavailable). */
export class TaskWaitTimeout extends Error {
  override readonly name = 'MeilisearchTaskTimeOutError';

  constructor(uid: number, ms: number) {
    super(`Meilisearch task ${uid} did not finish within ${ms} ms`);
  }
}

/**
 * Polls a task until it finished (succeeded, failed or canceled) and returns it. Replaces the
 * client's `tasks.waitForTask`, which hands one AbortSignal to every poll and leaves a listener
 * on it per poll until the wait ends (Node warned at 11; a minute of 10 ms polls left ~6,000).
 */
export async function waitForTask(
  meili: Meilisearch,
  uid: number,
  { intervalMs, timeoutMs }: { intervalMs: number; timeoutMs: number },
): Promise<Task> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const task = await meili.tasks.getTask(uid);
    if (FINISHED.has(task.status)) return task;
    if (Date.now() + intervalMs > deadline) throw new TaskWaitTimeout(uid, timeoutMs);
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}
