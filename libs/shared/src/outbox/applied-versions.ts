import type { EntityManager } from 'typeorm';
import type { QueueName } from '../queue/queues';

/** What a consumer applies: one aggregate at one version, within a scope (see AppliedVersion). */
export interface VersionedRef {
  scope: string;
  aggregateId: string;
  version: number;
}

const key = (r: { scope: string; aggregateId: string }) => `${r.scope}\u0000${r.aggregateId}`;

/**
 * Claims the newest version of each aggregate for `consumer` and returns the refs it may apply:
 * those at or above what the consumer applied before (equal: a redelivery, applied again
 * idempotently). Older ones were overtaken by a newer event and are to be dropped. Within one
 * call, only the newest ref of each aggregate is returned.
 */
export async function claimVersions<R extends VersionedRef>(
  manager: EntityManager,
  consumer: QueueName,
  refs: readonly R[],
): Promise<R[]> {
  const newest = new Map<string, R>();
  for (const ref of refs) {
    const seen = newest.get(key(ref));
    if (!seen || seen.version < ref.version) newest.set(key(ref), ref);
  }
  if (newest.size === 0) return [];
  const batch = [...newest.values()];
  const claimed: { scope: string; aggregate_id: string }[] = await manager.query(
    `INSERT INTO applied_versions AS a (consumer, scope, aggregate_id, version)
     SELECT $1, unnest($2::varchar[]), unnest($3::uuid[]), unnest($4::int[])
     ON CONFLICT (consumer, scope, aggregate_id) DO UPDATE
       SET version = EXCLUDED.version, applied_at = now()
       WHERE a.version <= EXCLUDED.version
     RETURNING scope, aggregate_id`,
    [
      consumer,
      batch.map((r) => r.scope),
      batch.map((r) => r.aggregateId),
      batch.map((r) => r.version),
    ],
  );
  const fresh = new Set(claimed.map((c) => key({ scope: c.scope, aggregateId: c.aggregate_id })));
  return batch.filter((r) => fresh.has(key(r)));
}
