import { Inject, Injectable, Optional } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { type AggregateRef, DocumentLoader } from '../indexing/document-loader';
import { SEARCH_SOURCES, type SearchSource } from '../indexing/search-sources';
import { indexUid, SEARCH_TYPES } from '../search-indexes';
import type { IndexWriter } from './index-writer';
import { REINDEX_SOURCES } from './reindex-sources';

/**
 * Re-reads the aggregates whose outbox events arrived while a rebuild ran: the worker applied
 * them to the live indexes, which the swap throws away.
 */
@Injectable()
export class OutboxCatchUp {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly loader: DocumentLoader,
    @Optional() @Inject(SEARCH_SOURCES) private readonly sources: readonly SearchSource[] = [],
  ) {}

  /**
   * A time no later than the `occurred_at` of any outbox event not yet visible to this session:
   * `occurred_at` defaults to `now()`, the start of the writing transaction, and such a
   * transaction is still open now, so it started no earlier than the oldest open one. Only
   * client sessions: autovacuum's long transactions write no events.
   */
  async bound(): Promise<Date> {
    const rows: { bound: Date }[] = await this.dataSource.query(
      `SELECT LEAST(now(), (SELECT min(xact_start) FROM pg_stat_activity
                            WHERE datname = current_database()
                              AND backend_type = 'client backend')) AS bound`,
    );
    return rows[0].bound;
  }

  /** Re-reads every searchable aggregate with an outbox event since `since`, into `prefix`. */
  async replay(
    since: Date,
    prefix: string,
    pageSize: number,
    writer: IndexWriter,
  ): Promise<number> {
    // No index on occurred_at: one sequential scan of the outbox per run is acceptable.
    const refs: AggregateRef[] = await this.dataSource.query(
      `SELECT DISTINCT aggregate_type AS type, aggregate_id::text AS id FROM outbox_events
        WHERE occurred_at >= $1 AND aggregate_type = ANY($2)`,
      [since, [...REINDEX_SOURCES.map((s) => s.type), ...this.sources.map((s) => s.aggregateType)]],
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
}
