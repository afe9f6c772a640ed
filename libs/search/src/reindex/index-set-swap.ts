import { Inject, Injectable } from '@nestjs/common';
import type { Meilisearch } from 'meilisearch';
import { MEILISEARCH, waitForTask } from '@app/shared';
import { indexUid, SEARCH_TYPES } from '../search-indexes';
import { assertSucceeded } from './meili-tasks';
import type { ReindexSummary } from './reindex-options';
import { rebuildPrefixStem, swapPairs } from './rebuild-index-names';

/** The Meilisearch side of going live: counting, swapping, and dropping what a rebuild leaves. */
@Injectable()
export class IndexSetSwap {
  constructor(@Inject(MEILISEARCH) private readonly meili: Meilisearch) {}

  async countDocuments(prefix: string): Promise<ReindexSummary['documents']> {
    const entries = await Promise.all(
      SEARCH_TYPES.map(
        async (type) =>
          [
            type,
            (await this.meili.index(indexUid(prefix, type)).getStats()).numberOfDocuments,
          ] as const,
      ),
    );
    return Object.fromEntries(entries) as ReindexSummary['documents'];
  }

  /**
   * The swap needs both sides to exist (a fresh deployment may have no live index yet). Only
   * created, not given settings: the rebuilt twin brings its own, and updating the live one's
   * would re-index it in place, the very thing the swap avoids.
   */
  async ensureLive(live: string, wait: (taskUids: number[]) => Promise<void>): Promise<void> {
    const existing = new Set(await this.indexUids(live));
    const missing = SEARCH_TYPES.map((t) => indexUid(live, t)).filter((uid) => !existing.has(uid));
    const tasks = await Promise.all(
      missing.map(async (uid) => (await this.meili.createIndex(uid, { primaryKey: 'id' })).taskUid),
    );
    await wait(tasks);
  }

  /** Enqueues one atomic swap of every index pair; resolves to its task uid. */
  async swap(live: string, rebuild: string): Promise<number> {
    return (await this.meili.swapIndexes(swapPairs(live, rebuild))).taskUid;
  }

  /** Uids of indexes left by a rebuild that crashed: safe to drop while the lock is held. */
  leftovers(live: string): Promise<string[]> {
    return this.indexUids(rebuildPrefixStem(live));
  }

  drop(prefix: string): Promise<void> {
    return this.deleteIndexes(SEARCH_TYPES.map((t) => indexUid(prefix, t)));
  }

  async deleteIndexes(uids: string[]): Promise<void> {
    const tasks = await Promise.all(
      uids.map(async (uid) => (await this.meili.deleteIndex(uid)).taskUid),
    );
    for (const uid of tasks) {
      const task = await waitForTask(this.meili, uid, { timeoutMs: 60_000, intervalMs: 50 });
      // Already gone is as good as deleted.
      if (task.error?.code !== 'index_not_found') assertSucceeded(task);
    }
  }

  private async indexUids(startingWith: string): Promise<string[]> {
    const uids: string[] = [];
    for (let offset = 0; ; offset += 100) {
      const page = await this.meili.getRawIndexes({ offset, limit: 100 });
      uids.push(...page.results.map((i) => i.uid).filter((uid) => uid.startsWith(startingWith)));
      if (offset + 100 >= page.total) return uids;
    }
  }
}
