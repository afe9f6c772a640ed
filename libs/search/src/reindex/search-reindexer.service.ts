import { Inject, Injectable, Logger } from '@nestjs/common';
import type { Meilisearch } from 'meilisearch';
import { APP_CONFIG, type AppConfig, MEILISEARCH } from '@app/shared';
import { SearchIndexer } from '../indexing/search-indexer.service';
import { FreshIndexBuilder } from './fresh-index-builder';
import { IndexSetSwap } from './index-set-swap';
import { IndexWriter } from './index-writer';
import { waitForTasks } from './meili-tasks';
import { OutboxCatchUp } from './outbox-catch-up';
import { rebuildPrefix } from './rebuild-index-names';
import type { ReindexOptions, ReindexProgress, ReindexSummary } from './reindex-options';
import { ReindexLock } from './reindex-lock';

export type { ReindexOptions, ReindexProgress, ReindexSummary } from './reindex-options';

/** One run's options, with defaults applied. */
interface Run {
  pageSize: number;
  report: ReindexProgress;
  writer: () => IndexWriter;
  /** With a label, progress is reported per task. */
  wait: (taskUids: number[], label?: string) => Promise<void>;
}

/**
 * Rebuilds every search index from PostgreSQL into fresh indexes, then swaps them in with one
 * atomic `swapIndexes`: search keeps answering from the old indexes until the new ones are
 * complete, and never sees a half-built index. Also how new index settings go live without an
 * in-place re-indexing.
 *
 * Changes committed while it runs: the worker keeps applying outbox events to the live (old)
 * indexes, which the swap then throws away, so the rebuild replays them itself, reading the
 * latest state as the worker would:
 *  - before the swap, into the new indexes: every searchable aggregate with an outbox event
 *    since the rebuild started (a page may have been read before the change committed);
 *  - after the swap, into the now-live indexes: every one with an event since that replay
 *    began (the worker may have written those into the old indexes just before the swap).
 * Anything committed after the second replay is read is applied by the worker, to the new
 * indexes. "Since" is a lower bound on the `occurred_at` of every event that was not visible
 * yet (see `OutboxCatchUp.bound`), so no window is left, as long as the platform's writers run
 * as the same database role (other roles' transactions are not visible in `pg_stat_activity`).
 */
@Injectable()
export class SearchReindexer {
  private readonly logger = new Logger(SearchReindexer.name);

  constructor(
    private readonly lock: ReindexLock,
    private readonly builder: FreshIndexBuilder,
    private readonly catchUp: OutboxCatchUp,
    private readonly indexSets: IndexSetSwap,
    private readonly indexer: SearchIndexer,
    @Inject(MEILISEARCH) private readonly meili: Meilisearch,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async reindex(options: ReindexOptions = {}): Promise<ReindexSummary> {
    const started = performance.now();
    const run = this.run(options);
    const live = this.config.MEILI_INDEX_PREFIX;
    const rebuild = rebuildPrefix(live, Date.now());

    const unlock = await this.lock.acquire(live);
    try {
      await this.dropLeftovers(live);
      const swapped = await this.rebuildAndSwap(live, rebuild, run);
      // After the swap the rebuild prefix holds the old contents.
      await this.indexSets.drop(rebuild).catch((e: unknown) => this.warnLeft(e));

      const lastCatchUp = run.writer();
      const late = await this.catchUp.replay(swapped.replayFrom, live, run.pageSize, lastCatchUp);
      await run.wait(lastCatchUp.tasks);
      return {
        documents: swapped.documents,
        replayed: swapped.replayed + late,
        seconds: (performance.now() - started) / 1000,
      };
    } finally {
      await unlock();
    }
  }

  /** Builds `rebuild`, catches it up with the outbox, and swaps it with `live`. */
  private async rebuildAndSwap(
    live: string,
    rebuild: string,
    run: Run,
  ): Promise<{ documents: ReindexSummary['documents']; replayed: number; replayFrom: Date }> {
    const rebuildStart = await this.catchUp.bound();
    try {
      await this.indexer.ensureIndexes(rebuild);
      const bulk = run.writer();
      await this.builder.build(rebuild, run.pageSize, bulk, run.report);
      await run.wait(bulk.tasks, 'indexing');

      const replayFrom = await this.catchUp.bound();
      const catchUp = run.writer();
      const replayed = await this.catchUp.replay(rebuildStart, rebuild, run.pageSize, catchUp);
      await run.wait(catchUp.tasks);
      const documents = await this.indexSets.countDocuments(rebuild);

      await this.indexSets.ensureLive(live, run.wait);
      await run.wait([await this.indexSets.swap(live, rebuild)]);
      return { documents, replayed, replayFrom };
    } catch (error) {
      // Not swapped: the rebuilt indexes are partial and unused.
      await this.indexSets.drop(rebuild).catch((e: unknown) => this.warnLeft(e));
      throw error;
    }
  }

  private run(options: ReindexOptions): Run {
    const report = options.onProgress ?? (() => undefined);
    const timeout = options.taskTimeoutMs ?? 10 * 60_000;
    return {
      pageSize: options.pageSize ?? 1000,
      report,
      writer: () => new IndexWriter(this.meili, options.batchSize ?? 2000),
      wait: (taskUids, label) =>
        waitForTasks(this.meili, taskUids, timeout, label ? report : undefined, label),
    };
  }

  private async dropLeftovers(live: string): Promise<void> {
    const leftovers = await this.indexSets.leftovers(live);
    if (leftovers.length === 0) return;
    this.logger.warn(`Dropping ${leftovers.length} indexes left by an interrupted reindex`);
    await this.indexSets.deleteIndexes(leftovers);
  }

  private warnLeft(error: unknown): void {
    this.logger.warn(
      `Could not drop the rebuild indexes (the next reindex will): ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}
