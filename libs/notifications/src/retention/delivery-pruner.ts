import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import {
  APP_CONFIG,
  type AppConfig,
  daysBefore,
  type PruneCount,
  type PruneOptions,
  type PruneRun,
  pruneRun,
  walkInBatches,
} from '@app/shared';

const NIL_UUID = '00000000-0000-0000-0000-000000000000';

/**
 * Retention of the delivery logs (ADR 0011): emails that were sent (or had no one to go to) and
 * webhook deliveries that were delivered, DELIVERY_LOG_RETENTION_DAYS after they finished
 * (never less than OUTBOX_RETENTION_DAYS: a delivery's idempotency key is what stops a retried
 * event from sending it twice, and events are kept that long). Webhook attempts go with their
 * delivery (ON DELETE CASCADE). Pending, failed and dead deliveries are never pruned: they are
 * still to be sent, or dead letters the owner and the admins may replay.
 *
 * A digest email and the notifications folded into it share its final status (sent or skipped),
 * so they reach the retention together; removing a sent digest only clears `digest_id` on rows
 * that are themselves sent, never on held ones (which a later digest would fold again).
 *
 * The in-app inbox is not pruned: it is the person's own history (read or not), one small row
 * per notification, and paged by index.
 */
@Injectable()
export class DeliveryPruner {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async prune(options: PruneOptions = {}): Promise<PruneCount[]> {
    const days = Math.max(
      this.config.DELIVERY_LOG_RETENTION_DAYS,
      this.config.OUTBOX_RETENTION_DAYS,
    );
    const cutoff = daysBefore(options.now ?? new Date(), days);
    const run = pruneRun(options);
    const emails = await this.walk(
      {
        table: 'email_deliveries',
        at: 'updated_at',
        finished: `status IN ('sent', 'skipped')`,
      },
      cutoff,
      run,
    );
    let attempts = 0;
    const webhooks = await this.walk(
      {
        table: 'webhook_deliveries',
        at: 'delivered_at',
        finished: `status = 'delivered'`,
        cascaded: (ids) =>
          `SELECT count(*) FROM webhook_delivery_attempts a WHERE a.delivery_id IN (${ids})`,
        onCascaded: (n) => (attempts += n),
      },
      cutoff,
      run,
    );
    return [
      { table: 'email_deliveries', rows: emails },
      { table: 'webhook_deliveries', rows: webhooks },
      { table: 'webhook_delivery_attempts', rows: attempts },
    ];
  }

  /** Along the table's partial index of finished rows (ix_*_done / ix_*_delivered), oldest first. */
  private walk(
    spec: {
      table: string;
      at: string;
      finished: string;
      cascaded?: (ids: string) => string;
      onCascaded?: (n: number) => void;
    },
    cutoff: Date,
    { batchSize, dryRun, signal }: PruneRun,
  ): Promise<number> {
    const { table, at, finished } = spec;
    return walkInBatches<{ at: string; id: string }>(
      async (cursor) => {
        const [row]: {
          scanned: number;
          deleted: number;
          cascaded: number;
          last: { at: string; id: string } | null;
        }[] = await this.dataSource.query(
          `WITH batch AS (
           SELECT d.id, d.${at} AS at FROM ${table} d
            WHERE d.${finished} AND d.${at} < $1 AND d.${at} >= $2::timestamptz
              AND (d.${at}, d.id) > ($2::timestamptz, $3::uuid)
            ORDER BY d.${at}, d.id
            LIMIT $4
         ), gone AS (
           ${
             dryRun
               ? 'SELECT id FROM batch'
               : `DELETE FROM ${table} d USING batch b
                   WHERE d.id = b.id AND d.${finished} AND d.${at} < $1 RETURNING d.id`
           }
         )
         SELECT (SELECT count(*) FROM batch)::int AS scanned,
                (SELECT count(*) FROM gone)::int AS deleted,
                ${spec.cascaded ? `(${spec.cascaded('SELECT id FROM gone')})::int` : '0'} AS cascaded,
                (SELECT json_build_object('at', b.at::text, 'id', b.id)
                   FROM batch b ORDER BY b.at DESC, b.id DESC LIMIT 1) AS last`,
          [cutoff, cursor?.at ?? '-infinity', cursor?.id ?? NIL_UUID, batchSize],
        );
        spec.onCascaded?.(row.cascaded);
        return { scanned: row.scanned, deleted: row.deleted, cursor: row.last };
      },
      batchSize,
      signal,
    );
  }
}
