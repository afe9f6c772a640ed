import { describe, expect, it } from '@jest/globals';
import type { Meilisearch } from 'meilisearch';
import { isSearchUnavailable } from './search-outage';
import { waitForTask } from './wait-for-task';

function meiliAnswering(...statuses: string[]) {
  const calls: unknown[][] = [];
  const meili = {
    tasks: {
      getTask: async (...args: unknown[]) => {
        calls.push(args);
        const status = statuses[Math.min(calls.length - 1, statuses.length - 1)];
        return { uid: 7, status };
      },
    },
  } as unknown as Meilisearch;
  return { meili, calls };
}

describe('waitForTask', () => {
  it('polls until the task finished, passing no shared signal', async () => {
    const { meili, calls } = meiliAnswering('enqueued', 'processing', 'succeeded');
    const task = await waitForTask(meili, 7, { intervalMs: 1, timeoutMs: 1000 });
    expect(task.status).toBe('succeeded');
    expect(calls).toEqual([[7], [7], [7]]);
  });

  it('returns failed tasks for the caller to judge', async () => {
    const { meili } = meiliAnswering('failed');
    expect((await waitForTask(meili, 7, { intervalMs: 1, timeoutMs: 1000 })).status).toBe('failed');
  });

  it('gives up at the deadline with an error that reads as an outage', async () => {
    const { meili } = meiliAnswering('processing');
    const error = await waitForTask(meili, 7, { intervalMs: 5, timeoutMs: 20 }).catch(
      (e: unknown) => e,
    );
    expect(error).toMatchObject({ name: 'MeilisearchTaskTimeOutError' });
    expect(isSearchUnavailable(error)).toBe(true);
  });
});
