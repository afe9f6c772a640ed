import type { Meilisearch, Task } from 'meilisearch';
import { waitForTask } from '@app/shared';
import type { ReindexProgress } from './reindex-options';

export function assertSucceeded(task: Task): void {
  if (task.status === 'succeeded') return;
  const reason = task.error ? `: ${task.error.code}: ${task.error.message}` : '';
  throw new Error(
    `Meilisearch task ${task.uid} (${task.type} on ${task.indexUid ?? 'several indexes'}) ${task.status}${reason}`,
  );
}

/** Waits for every task, failing on the first that did not succeed. */
export async function waitForTasks(
  meili: Meilisearch,
  taskUids: number[],
  timeout: number,
  report?: ReindexProgress,
  label = '',
): Promise<void> {
  // Meilisearch runs tasks in order, so waiting on each in turn costs no more than the last.
  for (const [i, uid] of taskUids.entries()) {
    assertSucceeded(await waitForTask(meili, uid, { timeoutMs: timeout, intervalMs: 100 }));
    await report?.(i + 1, taskUids.length, label);
  }
}
