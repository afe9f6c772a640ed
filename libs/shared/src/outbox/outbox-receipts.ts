import type { EntityManager } from 'typeorm';
import type { QueueName } from '../queue/queues';

/**
 * Records that `queue` handled these events; pass the consumer's transaction so that the receipt
 * commits with its effects. Idempotent.
 */
export async function recordReceipts(
  manager: EntityManager,
  queue: QueueName,
  eventIds: readonly string[],
): Promise<void> {
  if (eventIds.length === 0) return;
  await manager.query(
    `INSERT INTO outbox_receipts (queue, event_id)
     SELECT $1, unnest($2::bigint[]) ON CONFLICT DO NOTHING`,
    [queue, eventIds],
  );
}
