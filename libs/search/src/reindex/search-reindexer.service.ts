import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Meilisearch, Task } from 'meilisearch';
import type { DataSource, EntityTarget } from 'typeorm';
import { Demand, Offer } from '@app/demands';
import { Expert } from '@app/experts';
import { Organization } from '@app/organizations';
import { APP_CONFIG, type AppConfig, MEILISEARCH } from '@app/shared';
import { type AggregateRef, DocumentLoader } from '../indexing/document-loader';
import type { SearchDocument } from '../indexing/search-documents';
import { SearchIndexer } from '../indexing/search-indexer.service';
import { indexUid, SEARCH_TYPES, type SearchType } from '../search-indexes';

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

interface Source {
  /** Aggregate type, as outbox events and `DocumentLoader` name it. */
  type: string;
  label: string;
  entity: EntityTarget<{ id: string }>;
  /** The indexes a page of this aggregate feeds; its other changes are cascades, see `build`. */
  feeds: readonly SearchType[];
}

/** Parents first: their pages cascade to demands and offers, which then need not be read twice. */
const SOURCES: readonly Source[] = [
  {
    type: 'organization',
    label: 'organizations',
    entity: Organization,
    feeds: ['enterprises', 'colleges'],
  },
  { type: 'expert', label: 'experts', entity: Expert, feeds: ['experts'] },
  { type: 'demand', label: 'demands', entity: Demand, feeds: ['demands'] },
  { type: 'offer', label: 'offers', entity: Offer, feeds: ['offers'] },
];
const CASCADED: readonly SearchType[] = ['demands', 'offers'];

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
 * yet (see `eventsBound`), so no window is left, as long as the platform's writers run as the
 * same database role (other roles' transactions are not visible in `pg_stat_activity`).
 */
@Injectable()
export class SearchReindexer {
  private readonly logger = new Logger(SearchReindexer.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly loader: DocumentLoader,
    private readonly indexer: SearchIndexer,
    @Inject(MEILISEARCH) private readonly meili: Meilisearch,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async reindex(options: ReindexOptions = {}): Promise<ReindexSummary> {
    const started = performance.now();
    const pageSize = options.pageSize ?? 1000;
    const writer = () => new IndexWriter(this.meili, options.batchSize ?? 2000);
    const report = options.onProgress ?? (() => undefined);
    const wait = (taskUids: number[], label?: string) =>
      this.waitAll(
        taskUids,
        options.taskTimeoutMs ?? 10 * 60_000,
        label ? report : undefined,
        label,
      );
    const live = this.config.MEILI_INDEX_PREFIX;
    const rebuild = `${live}_rebuild_${Date.now()}`;

    const unlock = await this.lock(live);
    try {
      await this.dropLeftovers(live);
      const rebuildStart = await this.eventsBound();
      let swapped = false;
      let documents: ReindexSummary['documents'];
      let afterReplay: Date;
      let replayed: number;
      try {
        await this.indexer.ensureIndexes(rebuild);
        const bulk = writer();
        await this.build(rebuild, pageSize, bulk, report);
        await wait(bulk.tasks, 'indexing');

        afterReplay = await this.eventsBound();
        const catchUp = writer();
        replayed = await this.replay(rebuildStart, rebuild, pageSize, catchUp);
        await wait(catchUp.tasks);
        documents = await this.countDocuments(rebuild);

        await this.ensureLiveIndexes(live, wait);
        const swap = await this.meili.swapIndexes(
          SEARCH_TYPES.map((type) => ({
            indexes: [indexUid(live, type), indexUid(rebuild, type)] as [string, string],
            rename: false,
          })),
        );
        await wait([swap.taskUid]);
        swapped = true;
      } finally {
        // Before the swap the rebuilt indexes are partial and unused: drop them. After it they
        // hold the old contents, dropped below.
        if (!swapped) await this.dropIndexes(rebuild).catch((e: unknown) => this.warnLeft(e));
      }
      await this.dropIndexes(rebuild).catch((e: unknown) => this.warnLeft(e));

      const lastCatchUp = writer();
      replayed += await this.replay(afterReplay, live, pageSize, lastCatchUp);
      await wait(lastCatchUp.tasks);
      return { documents, replayed, seconds: (performance.now() - started) / 1000 };
    } finally {
      await unlock();
    }
  }

  /** Reads every aggregate id, page by page (keyset), and writes the public ones' documents. */
  private async build(
    prefix: string,
    pageSize: number,
    writer: IndexWriter,
    report: ReindexProgress,
  ): Promise<void> {
    const counts = await Promise.all(
      SOURCES.map((s) => this.dataSource.getRepository(s.entity).count()),
    );
    const total = counts.reduce((a, b) => a + b, 0);
    // An organisation's (expert's) page also loads its demands and offers: DocumentLoader
    // cascades, since their documents carry the provider's name and visibility. Those documents
    // are kept, and their ids skipped when demands and offers are paged, so nothing is loaded
    // (and segmented) twice. Ones created after their parent's page are read in their own pages.
    const covered = new Set<string>();
    let done = 0;
    for (const source of SOURCES) {
      await report(done, total, source.label);
      for (let after: string | null = null; ;) {
        const ids = await this.idPage(source.entity, after, pageSize);
        const refs = ids.filter((id) => !covered.has(id)).map((id) => ({ type: source.type, id }));
        if (refs.length > 0) {
          const changes = await this.loader.changesFor(refs);
          for (const type of new Set([...source.feeds, ...CASCADED])) {
            const { upsert, remove } = changes[type];
            if (!source.feeds.includes(type))
              for (const id of [...upsert.map((d) => d.id), ...remove]) covered.add(id);
            await writer.add(indexUid(prefix, type), upsert);
          }
        }
        done += ids.length;
        await report(done, total, source.label);
        if (ids.length < pageSize) break;
        after = ids[ids.length - 1];
      }
    }
    await writer.flush();
  }

  private async idPage(
    entity: EntityTarget<{ id: string }>,
    after: string | null,
    limit: number,
  ): Promise<string[]> {
    const query = this.dataSource
      .getRepository(entity)
      .createQueryBuilder('a')
      .select('a.id', 'id')
      .orderBy('a.id', 'ASC')
      .limit(limit);
    if (after) query.where('a.id > :after', { after });
    const rows = await query.getRawMany<{ id: string }>();
    return rows.map((r) => r.id);
  }

  /**
   * A time no later than the `occurred_at` of any outbox event not yet visible to this session:
   * `occurred_at` defaults to `now()`, the start of the writing transaction, and such a
   * transaction is still open now, so it started no earlier than the oldest open one. Only
   * client sessions: autovacuum's long transactions write no events.
   */
  private async eventsBound(): Promise<Date> {
    const rows: { bound: Date }[] = await this.dataSource.query(
      `SELECT LEAST(now(), (SELECT min(xact_start) FROM pg_stat_activity
                            WHERE datname = current_database()
                              AND backend_type = 'client backend')) AS bound`,
    );
    return rows[0].bound;
  }

  /** Re-reads every searchable aggregate with an outbox event since `since`, into `prefix`. */
  private async replay(
    since: Date,
    prefix: string,
    pageSize: number,
    writer: IndexWriter,
  ): Promise<number> {
    // No index on occurred_at: one sequential scan of the outbox per run is acceptable.
    const refs: AggregateRef[] = await this.dataSource.query(
      `SELECT DISTINCT aggregate_type AS type, aggregate_id::text AS id FROM outbox_events
        WHERE occurred_at >= $1 AND aggregate_type = ANY($2)`,
      [since, SOURCES.map((s) => s.type)],
    );
    for (let i = 0; i < refs.length; i += pageSize) {
      const changes = await this.loader.changesFor(refs.slice(i, i + pageSize));
      for (const type of SEARCH_TYPES) {
        const { upsert, remove } = changes[type];
        const uid = indexUid(prefix, type);
        await writer.add(uid, upsert);
        const upserted = new Set(upsert.map((d) => d.id));
        await writer.remove(
          uid,
          remove.filter((id) => !upserted.has(id)),
        );
      }
    }
    await writer.flush();
    return refs.length;
  }

  private async countDocuments(prefix: string): Promise<ReindexSummary['documents']> {
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
  private async ensureLiveIndexes(
    live: string,
    wait: (taskUids: number[]) => Promise<void>,
  ): Promise<void> {
    const existing = new Set(await this.indexUids(live));
    const missing = SEARCH_TYPES.map((t) => indexUid(live, t)).filter((uid) => !existing.has(uid));
    const tasks = await Promise.all(
      missing.map(async (uid) => (await this.meili.createIndex(uid, { primaryKey: 'id' })).taskUid),
    );
    await wait(tasks);
  }

  private async waitAll(
    taskUids: number[],
    timeout: number,
    report?: ReindexProgress,
    label = '',
  ): Promise<void> {
    // Meilisearch runs tasks in order, so waiting on each in turn costs no more than the last.
    for (const [i, uid] of taskUids.entries()) {
      assertSucceeded(await this.meili.tasks.waitForTask(uid, { timeout, interval: 100 }));
      await report?.(i + 1, taskUids.length, label);
    }
  }

  /** Indexes left by a rebuild that crashed: safe to drop while this run holds the lock. */
  private async dropLeftovers(live: string): Promise<void> {
    const leftovers = await this.indexUids(`${live}_rebuild_`);
    if (leftovers.length === 0) return;
    this.logger.warn(`Dropping ${leftovers.length} indexes left by an interrupted reindex`);
    await this.deleteIndexes(leftovers);
  }

  private dropIndexes(prefix: string): Promise<void> {
    return this.deleteIndexes(SEARCH_TYPES.map((t) => indexUid(prefix, t)));
  }

  private async deleteIndexes(uids: string[]): Promise<void> {
    const tasks = await Promise.all(
      uids.map(async (uid) => (await this.meili.deleteIndex(uid)).taskUid),
    );
    for (const uid of tasks) {
      const task = await this.meili.tasks.waitForTask(uid, { timeout: 60_000 });
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

  private warnLeft(error: unknown): void {
    this.logger.warn(
      `Could not drop the rebuild indexes (the next reindex will): ${error instanceof Error ? error.message : String(error)}`,
    );
  }

  /**
   * One reindex per index prefix at a time: two would swap each other's indexes out and drop
   * each other's work in progress. A session-level advisory lock also dies with a crashed run.
   */
  private async lock(live: string): Promise<() => Promise<void>> {
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    const key = `search-reindex:${live}`;
    try {
      const rows: { locked: boolean }[] = await runner.query(
        'SELECT pg_try_advisory_lock(hashtext($1)) AS locked',
        [key],
      );
      if (!rows[0].locked) throw new Error(`A search reindex for "${live}" is already running`);
    } catch (error) {
      await runner.release();
      throw error;
    }
    return async () => {
      try {
        await runner.query('SELECT pg_advisory_unlock(hashtext($1))', [key]);
      } finally {
        await runner.release();
      }
    };
  }
}

function assertSucceeded(task: Task): void {
  if (task.status === 'succeeded') return;
  const reason = task.error ? `: ${task.error.code}: ${task.error.message}` : '';
  throw new Error(
    `Meilisearch task ${task.uid} (${task.type} on ${task.indexUid ?? 'several indexes'}) ${task.status}${reason}`,
  );
}

/**
 * Buffers documents per index and sends them in large requests, without waiting for Meilisearch
 * to index them: tasks queued together are batched by the engine, and their uids are kept to be
 * waited for once at the end.
 */
class IndexWriter {
  readonly tasks: number[] = [];
  private readonly buffers = new Map<string, SearchDocument[]>();

  constructor(
    private readonly meili: Meilisearch,
    private readonly batchSize: number,
  ) {}

  async add(uid: string, documents: SearchDocument[]): Promise<void> {
    if (documents.length === 0) return;
    const buffer = this.buffers.get(uid) ?? [];
    buffer.push(...documents);
    this.buffers.set(uid, buffer);
    if (buffer.length >= this.batchSize) await this.flushIndex(uid);
  }

  async remove(uid: string, ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    // Buffered upserts were read earlier: they must not land after this removal.
    await this.flushIndex(uid);
    this.tasks.push((await this.meili.index(uid).deleteDocuments(ids)).taskUid);
  }

  async flush(): Promise<void> {
    for (const uid of this.buffers.keys()) await this.flushIndex(uid);
  }

  private async flushIndex(uid: string): Promise<void> {
    const buffer = this.buffers.get(uid);
    if (!buffer?.length) return;
    this.buffers.delete(uid);
    for (let i = 0; i < buffer.length; i += this.batchSize) {
      const batch = buffer.slice(i, i + this.batchSize);
      this.tasks.push((await this.meili.index(uid).addDocuments(batch)).taskUid);
    }
  }
}
