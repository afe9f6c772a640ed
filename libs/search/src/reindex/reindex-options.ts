import type { SearchType } from '../search-indexes';

/** Awaited, so a caller may hold the rebuild back (tests use it to commit a change mid-run). */
export type ReindexProgress = (done: number, total: number, label: string) => void | Promise<void>;

export interface ReindexOptions {
  onProgress?: ReindexProgress;
  /** Aggregate ids read per PostgreSQL query. */
  pageSize?: number;
  /** Documents per `addDocuments` request: Meilisearch indexes few large batches fastest. */
  batchSize?: number;
  /** How long one Meilisearch task may take before the rebuild gives up. */
  taskTimeoutMs?: number;
}

export interface ReindexSummary {
  /** Documents in each index right before it went live. */
  documents: Record<SearchType, number>;
  /** Aggregates re-read from the outbox because they changed while the rebuild ran. */
  replayed: number;
  seconds: number;
}
