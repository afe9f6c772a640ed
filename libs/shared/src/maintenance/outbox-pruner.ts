import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/env.schema';
import type { EventRoute } from '../outbox/event-routes';
import {
  daysBefore,
  type PruneCount,
  type PruneOptions,
  type PruneRun,
  pruneRun,
  walkInBatches,
} from './batched-prune';

/** Where a walk along (timestamp, key) stopped; timestamps travel as text to keep microseconds. */
interface TimeCursor {
  at: string;
  key: string;
}

const START: TimeCursor = { at: '-infinity', key: '' };

interface EventCandidate {
  id: string;
  event_type: string;
  receipts: string[];
}

/**
 * Retention of the shared kernel's tables: `outbox_events`, `outbox_receipts` and
 * `applied_versions` (see ADR 0011). The routes are the ones the relay serves: an event is
 * deleted only when every route that keeps receipts and takes its type has handled it.
 */
@Injectable()
export class OutboxPruner {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async prune(routes: readonly EventRoute[], options: PruneOptions = {}): Promise<PruneCount[]> {
    const now = options.now ?? new Date();
    const cutoff = daysBefore(now, this.config.OUTBOX_RETENTION_DAYS);
    const run = pruneRun(options);
    const { batchSize, dryRun, signal } = run;
    const receiptRoutes = routes.filter((r) => r.receipts);
    const receiptQueues = [...new Set(receiptRoutes.map((r) => r.queue))];

    let receiptsWithEvents = 0;
    /** Old events kept for want of a receipt: a dry run's stand-in for "what is left". */
    const keptOld: string[] = [];
    const events = await walkInBatches<TimeCursor>(
      async (cursor) => {
        const from = cursor ?? START;
        const rows: (EventCandidate & { at: string })[] = await this.dataSource.query(
          `SELECT e.id, e.event_type, e.published_at::text AS at,
                ARRAY(SELECT r.queue::text FROM outbox_receipts r
                       WHERE r.queue = ANY($5::varchar[]) AND r.event_id = e.id) AS receipts
           FROM outbox_events e
          WHERE e.published_at IS NOT NULL AND e.published_at < $1
            AND e.published_at >= $2::timestamptz
            AND (e.published_at, e.id) > ($2::timestamptz, $3::bigint)
          ORDER BY e.published_at, e.id
          LIMIT $4`,
          [cutoff, from.at, from.key || '0', batchSize, receiptQueues],
        );
        // Never an unpublished row (the relay has not sent it) nor one a consumer that keeps
        // receipts has not handled yet (its job may still be retried, or replayed).
        const safe: string[] = [];
        for (const row of rows) {
          const handled = receiptRoutes.every(
            (route) => !route.accepts(row.event_type) || row.receipts.includes(route.queue),
          );
          (handled ? safe : keptOld).push(row.id);
        }
        const last = rows.at(-1);
        const deleted = await this.deleteEvents(safe, cutoff, receiptQueues, dryRun);
        receiptsWithEvents += deleted.receipts;
        return {
          scanned: rows.length,
          deleted: deleted.events,
          cursor: last ? { at: last.at, key: last.id } : null,
        };
      },
      batchSize,
      signal,
    );

    const orphanReceipts = await this.pruneOrphanReceipts(cutoff, run);
    const versions = await this.pruneAppliedVersions(cutoff, run, keptOld);
    return [
      { table: 'outbox_events', rows: events },
      { table: 'outbox_receipts', rows: receiptsWithEvents + orphanReceipts },
      { table: 'applied_versions', rows: versions },
    ];
  }

  /** Deletes the events and their receipts in one statement; a dry run counts them. */
  private async deleteEvents(
    ids: string[],
    cutoff: Date,
    receiptQueues: string[],
    dryRun: boolean,
  ): Promise<{ events: number; receipts: number }> {
    if (ids.length === 0) return { events: 0, receipts: 0 };
    const [row]: { events: number; receipts: number }[] = await this.dataSource.query(
      dryRun
        ? `SELECT (SELECT count(*) FROM outbox_events e
                      WHERE e.id = ANY($1::bigint[]) AND e.published_at < $2)::int AS events,
                  (SELECT count(*) FROM outbox_receipts r
                    WHERE r.queue = ANY($3::varchar[]) AND r.event_id = ANY($1::bigint[]))::int AS receipts`
        : `WITH gone AS (
             DELETE FROM outbox_events e
              WHERE e.id = ANY($1::bigint[]) AND e.published_at < $2
             RETURNING e.id
           ), receipts AS (
             DELETE FROM outbox_receipts r USING gone g
              WHERE r.queue = ANY($3::varchar[]) AND r.event_id = g.id
             RETURNING 1
           )
           SELECT (SELECT count(*) FROM gone)::int AS events,
                  (SELECT count(*) FROM receipts)::int AS receipts`,
      [ids, cutoff, receiptQueues],
    );
    return row;
  }

  /**
   * Receipts whose event is gone (written by a queue that no longer keeps receipts, or handled
   * after its event was pruned), once they are older than the retention themselves.
   */
  private pruneOrphanReceipts(cutoff: Date, run: PruneRun): Promise<number> {
    const { batchSize, dryRun, signal } = run;
    return walkInBatches<TimeCursor & { queue: string }>(
      async (cursor) => {
        const from = cursor ?? { ...START, queue: '' };
        const [row]: {
          scanned: number;
          deleted: number;
          last: { at: string; queue: string; key: string } | null;
        }[] = await this.dataSource.query(
          `WITH batch AS (
           SELECT r.queue, r.event_id, r.handled_at FROM outbox_receipts r
            WHERE r.handled_at < $1 AND r.handled_at >= $2::timestamptz
              AND (r.handled_at, r.queue, r.event_id) > ($2::timestamptz, $3::varchar, $4::bigint)
            ORDER BY r.handled_at, r.queue, r.event_id
            LIMIT $5
         ), orphans AS (
           SELECT b.queue, b.event_id FROM batch b
            WHERE NOT EXISTS (SELECT 1 FROM outbox_events e WHERE e.id = b.event_id)
         ), gone AS (
           ${
             dryRun
               ? 'SELECT 1 FROM orphans'
               : `DELETE FROM outbox_receipts r USING orphans o
                   WHERE r.queue = o.queue AND r.event_id = o.event_id RETURNING 1`
           }
         )
         SELECT (SELECT count(*) FROM batch)::int AS scanned,
                (SELECT count(*) FROM gone)::int AS deleted,
                (SELECT json_build_object('at', b.handled_at::text, 'queue', b.queue, 'key', b.event_id::text)
                   FROM batch b ORDER BY b.handled_at DESC, b.queue DESC, b.event_id DESC LIMIT 1) AS last`,
          [cutoff, from.at, from.queue, from.key || '0', batchSize],
        );
        return { scanned: row.scanned, deleted: row.deleted, cursor: row.last };
      },
      batchSize,
      signal,
    );
  }

  /**
   * `applied_versions` holds, per consumer and (aggregate, event kind), the newest version the
   * notifications fan-out applied, so that an older event delivered late (a BullMQ retry, a
   * replay after Redis lost its data) is dropped instead of told again. An older event can only
   * come from an outbox row of the same aggregate: the relay and the replay read the outbox, and
   * a job still in BullMQ belongs to an event whose row is kept until every consumer that keeps
   * receipts handled it. So once no outbox row of the aggregate is left (all were published
   * longer than the retention ago, and handled) and the claim itself is that old, nothing can
   * arrive that the row would have to stop; a newer event simply claims afresh.
   */
  private pruneAppliedVersions(
    cutoff: Date,
    run: PruneRun,
    keptOld: readonly string[],
  ): Promise<number> {
    const { batchSize, dryRun, signal } = run;
    type Cursor = TimeCursor & { consumer: string; scope: string };
    return walkInBatches<Cursor>(
      async (cursor) => {
        const from = cursor ?? { ...START, consumer: '', scope: '' };
        const [row]: { scanned: number; deleted: number; last: Cursor | null }[] =
          await this.dataSource.query(
            `WITH batch AS (
             SELECT a.consumer, a.scope, a.aggregate_id, a.applied_at FROM applied_versions a
              WHERE a.applied_at < $1 AND a.applied_at >= $2::timestamptz
                AND (a.applied_at, a.consumer, a.scope, a.aggregate_id)
                    > ($2::timestamptz, $3::varchar, $4::varchar, $5::uuid)
              ORDER BY a.applied_at, a.consumer, a.scope, a.aggregate_id
              LIMIT $6
           ), unneeded AS (
             SELECT b.consumer, b.scope, b.aggregate_id FROM batch b
              WHERE NOT EXISTS (
                SELECT 1 FROM outbox_events e
                 WHERE e.aggregate_type = split_part(b.scope, ':', 1)
                   AND e.aggregate_id = b.aggregate_id
                   ${
                     // A dry run deleted no event: count only the ones a run would keep.
                     dryRun
                       ? 'AND (e.published_at IS NULL OR e.published_at >= $1 OR e.id = ANY($7::bigint[]))'
                       : ''
                   })
           ), gone AS (
             ${
               dryRun
                 ? 'SELECT 1 FROM unneeded'
                 : `DELETE FROM applied_versions a USING unneeded u
                     WHERE a.consumer = u.consumer AND a.scope = u.scope
                       AND a.aggregate_id = u.aggregate_id AND a.applied_at < $1
                    RETURNING 1`
             }
           )
           SELECT (SELECT count(*) FROM batch)::int AS scanned,
                  (SELECT count(*) FROM gone)::int AS deleted,
                  (SELECT json_build_object('at', b.applied_at::text, 'consumer', b.consumer,
                                            'scope', b.scope, 'key', b.aggregate_id)
                     FROM batch b
                    ORDER BY b.applied_at DESC, b.consumer DESC, b.scope DESC, b.aggregate_id DESC
                    LIMIT 1) AS last`,
            [
              cutoff,
              from.at,
              from.consumer,
              from.scope,
              from.key || '00000000-0000-0000-0000-000000000000',
              batchSize,
              ...(dryRun ? [keptOld] : []),
            ],
          );
        return { scanned: row.scanned, deleted: row.deleted, cursor: row.last };
      },
      batchSize,
      signal,
    );
  }
}
