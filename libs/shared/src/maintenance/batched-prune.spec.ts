import { describe, expect, it } from '@jest/globals';
import { daysBefore, pruneRun, walkInBatches } from './batched-prune';

describe('walkInBatches', () => {
  it('moves on by the cursor until a batch comes back short, summing what was deleted', async () => {
    const seen: (number | null)[] = [];
    const total = await walkInBatches<number>(async (cursor) => {
      seen.push(cursor);
      const at = cursor ?? 0;
      // Three full batches of 2 (one row of each kept), then a short one.
      return at < 6
        ? { scanned: 2, deleted: 1, cursor: at + 2 }
        : { scanned: 1, deleted: 1, cursor: 7 };
    }, 2);
    expect(seen).toEqual([null, 2, 4, 6]);
    expect(total).toBe(4);
  });

  it('stops between batches once aborted (a worker shutting down)', async () => {
    const stop = new AbortController();
    let batches = 0;
    const walk = walkInBatches<number>(
      async (cursor) => {
        batches += 1;
        if (batches === 2) stop.abort(new Error('shutting down'));
        return { scanned: 5, deleted: 5, cursor: (cursor ?? 0) + 5 };
      },
      5,
      stop.signal,
    );
    await expect(walk).rejects.toThrow('shutting down');
    expect(batches).toBe(2);
  });
});

describe('retention arithmetic', () => {
  it('counts whole days back and applies the defaults of a run', () => {
    expect(daysBefore(new Date('2026-12-15T04:00:00Z'), 14).toISOString()).toBe(
      '2026-12-01T04:00:00.000Z',
    );
    expect(pruneRun({})).toEqual({ batchSize: 5000, dryRun: false, signal: undefined });
  });
});
