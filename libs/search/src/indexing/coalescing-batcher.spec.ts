import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { CoalescingBatcher } from './coalescing-batcher';

/** A writer whose batches finish when the test says so. */
function gatedWriter() {
  const batches: number[][] = [];
  const gates: { open: () => void; fail: (error: Error) => void }[] = [];
  const write = (items: number[]) =>
    new Promise<void>((resolve, reject) => {
      batches.push(items);
      gates.push({ open: resolve, fail: reject });
    });
  return { batches, gates, write };
}

describe('CoalescingBatcher', () => {
  beforeEach(() => {
    jest.useFakeTimers();
  });
  afterEach(() => {
    jest.useRealTimers();
  });

  it('writes items that arrive together as one batch, once the window has passed', async () => {
    const writer = gatedWriter();
    const batcher = new CoalescingBatcher(writer.write, { maxBatch: 100, windowMs: 10 });
    const done = [batcher.add(1), batcher.add(2), batcher.add(3)];
    await jest.advanceTimersByTimeAsync(9);
    expect(writer.batches).toEqual([]);
    await jest.advanceTimersByTimeAsync(1);
    expect(writer.batches).toEqual([[1, 2, 3]]);
    writer.gates[0].open();
    await expect(Promise.all(done)).resolves.toBeDefined();
  });

  it('does not settle an item before its batch is written', async () => {
    const writer = gatedWriter();
    const batcher = new CoalescingBatcher(writer.write, { maxBatch: 100, windowMs: 10 });
    let settled = false;
    void batcher.add(1).then(() => (settled = true));
    await jest.advanceTimersByTimeAsync(50);
    expect(settled).toBe(false);
    writer.gates[0].open();
    await jest.advanceTimersByTimeAsync(0);
    expect(settled).toBe(true);
  });

  it('writes a full batch at once and keeps the rest for the next one', async () => {
    const writer = gatedWriter();
    const batcher = new CoalescingBatcher(writer.write, { maxBatch: 2, windowMs: 10 });
    void batcher.add(1);
    void batcher.add(2);
    void batcher.add(3);
    await jest.advanceTimersByTimeAsync(0);
    expect(writer.batches).toEqual([[1, 2]]);
    expect(batcher.waiting).toBe(1);
    writer.gates[0].open();
    await jest.advanceTimersByTimeAsync(0);
    expect(writer.batches).toEqual([[1, 2], [3]]);
  });

  it('writes one batch at a time; what arrives meanwhile leaves right after, in order', async () => {
    const writer = gatedWriter();
    const batcher = new CoalescingBatcher(writer.write, { maxBatch: 100, windowMs: 10 });
    void batcher.add(1);
    await jest.advanceTimersByTimeAsync(10);
    void batcher.add(2);
    await jest.advanceTimersByTimeAsync(30);
    void batcher.add(3);
    await jest.advanceTimersByTimeAsync(30);
    expect(writer.batches).toEqual([[1]]);
    writer.gates[0].open();
    await jest.advanceTimersByTimeAsync(0);
    expect(writer.batches).toEqual([[1], [2, 3]]);
  });

  it('rejects the items of a failed batch only, and goes on with the next', async () => {
    const writer = gatedWriter();
    const batcher = new CoalescingBatcher(writer.write, { maxBatch: 100, windowMs: 10 });
    const first = batcher.add(1);
    await jest.advanceTimersByTimeAsync(10);
    const second = batcher.add(2);
    writer.gates[0].fail(new Error('meilisearch down'));
    await expect(first).rejects.toThrow('meilisearch down');
    await jest.advanceTimersByTimeAsync(0);
    expect(writer.batches).toEqual([[1], [2]]);
    writer.gates[1].open();
    await expect(second).resolves.toBeUndefined();
  });

  it('drain writes what waits without the window and returns once all is written', async () => {
    const writer = gatedWriter();
    const batcher = new CoalescingBatcher(writer.write, { maxBatch: 1, windowMs: 1_000 });
    void batcher.add(1);
    void batcher.add(2);
    let drained = false;
    void batcher.drain().then(() => (drained = true));
    await jest.advanceTimersByTimeAsync(0);
    expect(writer.batches).toEqual([[1]]);
    writer.gates[0].open();
    await jest.advanceTimersByTimeAsync(0);
    expect(writer.batches).toEqual([[1], [2]]);
    expect(drained).toBe(false);
    writer.gates[1].open();
    await jest.advanceTimersByTimeAsync(0);
    expect(drained).toBe(true);
  });
});
