/** Rows deleted (or, in a dry run, that would be deleted) from one table. */
export interface PruneCount {
  table: string;
  rows: number;
}

export interface PruneOptions {
  /** Count what would go, delete nothing. */
  dryRun?: boolean;
  /** The clock of the run (tests move it); defaults to now. */
  now?: Date;
  /** Rows per statement: each batch is its own short transaction, so no lock is held for long. */
  batchSize?: number;
  /** Stops the run between two batches (worker shutdown); what was deleted stays deleted. */
  signal?: AbortSignal;
}

export const DEFAULT_PRUNE_BATCH = 5000;
const DAY_MS = 24 * 3600 * 1000;

/** The instant `days` before `now`. */
export function daysBefore(now: Date, days: number): Date {
  return new Date(now.getTime() - days * DAY_MS);
}

/** One batch of a cursor walk: how many rows it looked at and deleted, and where it stopped. */
export interface PruneBatch<C> {
  scanned: number;
  deleted: number;
  cursor: C | null;
}

/**
 * Walks a table in batches along an indexed cursor, each batch one statement (and transaction)
 * that looks at up to `batchSize` candidates and deletes those still safe to delete. The walk
 * moves on by the cursor, not by what was deleted, so rows that must stay are passed over once
 * (not re-read by every batch) and a dry run visits exactly what a real run would.
 */
export async function walkInBatches<C>(
  batch: (cursor: C | null) => Promise<PruneBatch<C>>,
  batchSize: number,
  signal?: AbortSignal,
): Promise<number> {
  let cursor: C | null = null;
  let total = 0;
  for (;;) {
    signal?.throwIfAborted();
    const result: PruneBatch<C> = await batch(cursor);
    total += result.deleted;
    if (result.scanned < batchSize || result.cursor === null) return total;
    cursor = result.cursor;
  }
}

/** The options of one run, with the defaults applied. */
export interface PruneRun {
  batchSize: number;
  dryRun: boolean;
  signal?: AbortSignal;
}

export function pruneRun(options: PruneOptions): PruneRun {
  return {
    batchSize: options.batchSize ?? DEFAULT_PRUNE_BATCH,
    dryRun: options.dryRun ?? false,
    signal: options.signal,
  };
}
