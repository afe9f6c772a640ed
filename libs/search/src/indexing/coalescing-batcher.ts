export interface CoalescingOptions {
  /** Most items in one batch; a batch this large is written without waiting for the window. */
  maxBatch: number;
  /** How long the first item of a batch waits for others when the writer is free. */
  windowMs: number;
}

interface Pending<T, R> {
  item: T;
  resolve: (result: R) => void;
  reject: (error: unknown) => void;
}

/**
 * Folds items into batches for one writer, one batch at a time and in arrival order ("group
 * commit"). When the writer is free, a batch leaves `windowMs` after its first item (items that
 * arrive together share it) or as soon as `maxBatch` items wait. While a batch is being written,
 * new items wait and leave as the next batch the moment it is done: under load batches grow by
 * themselves, while a lone item pays only the short window.
 *
 * Each `add` settles with the outcome of the batch that carried the item (what `write` returned),
 * so a caller resolves its work only once it was written (at least once: a rejected item is the
 * caller's to retry).
 */
export class CoalescingBatcher<T, R = void> {
  private pending: Pending<T, R>[] = [];
  private timer?: NodeJS.Timeout;
  private writing?: Promise<void>;

  constructor(
    private readonly write: (items: T[]) => Promise<R>,
    private readonly options: CoalescingOptions,
  ) {}

  /** Items waiting for a batch (not counting the one being written). */
  get waiting(): number {
    return this.pending.length;
  }

  add(item: T): Promise<R> {
    return new Promise((resolve, reject) => {
      this.pending.push({ item, resolve, reject });
      if (this.writing) return; // leaves when the running batch is done
      if (this.pending.length >= this.options.maxBatch) this.flush();
      else this.timer ??= setTimeout(() => this.flush(), this.options.windowMs);
    });
  }

  /** Writes everything that waits, now, and resolves once nothing is waiting or being written. */
  async drain(): Promise<void> {
    for (;;) {
      this.flush();
      if (!this.writing) return;
      await this.writing;
    }
  }

  private flush(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (this.writing || this.pending.length === 0) return;
    const batch = this.pending.splice(0, this.options.maxBatch);
    this.writing = this.run(batch);
  }

  private async run(batch: Pending<T, R>[]): Promise<void> {
    try {
      const result = await this.write(batch.map((p) => p.item));
      for (const p of batch) p.resolve(result);
    } catch (error) {
      for (const p of batch) p.reject(error);
    }
    this.writing = undefined;
    // What arrived meanwhile has waited at least as long as the window: it leaves now.
    this.flush();
  }
}
