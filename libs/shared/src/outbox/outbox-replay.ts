import type { Queue } from 'bullmq';
import type { DataSource } from 'typeorm';
import type { EventRoute } from './event-routes';
import { type OutboxRow, toMessage } from './outbox-row';

/** How far back a Redis data loss is repaired; older unhandled events are beyond BullMQ's own retention too. */
const REPLAY_WINDOW = '7 days';
const PAGE = 1000;

/**
 * After Redis lost its data (restart without persistence, failover to an empty replica), jobs
 * that were queued but not yet handled are gone. For each route that records receipts, this
 * re-adds the relayed events of the last days that have none. Consumers are idempotent, and
 * BullMQ ignores a job id it still holds, so replaying too much is harmless.
 */
export async function replayUnhandled(
  dataSource: DataSource,
  routes: { queue: Queue; route: EventRoute }[],
): Promise<number> {
  let total = 0;
  for (const { queue, route } of routes.filter((r) => r.route.receipts)) {
    let after = '0';
    for (;;) {
      const rows: OutboxRow[] = await dataSource.query(
        `SELECT e.id, e.event_type, e.aggregate_type, e.aggregate_id, e.aggregate_version,
                e.payload, e.occurred_at
           FROM outbox_events e
          WHERE e.published_at IS NOT NULL
            AND e.published_at > now() - interval '${REPLAY_WINDOW}'
            AND e.id > $2
            AND NOT EXISTS (SELECT 1 FROM outbox_receipts r
                             WHERE r.queue = $1 AND r.event_id = e.id)
          ORDER BY e.id LIMIT ${PAGE}`,
        [route.queue, after],
      );
      if (rows.length === 0) break;
      after = rows[rows.length - 1].id;
      const jobs = rows.filter((row) => route.accepts(row.event_type));
      if (jobs.length > 0) {
        await queue.addBulk(
          jobs.map((row) => ({
            name: row.event_type,
            data: toMessage(row),
            opts: { ...route.jobOptions, jobId: `event-${row.id}` },
          })),
        );
      }
      total += jobs.length;
    }
  }
  return total;
}
