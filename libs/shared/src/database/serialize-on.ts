import type { EntityManager } from 'typeorm';

/**
 * Makes transactions that name the same `key` run one after the other (a transaction-scoped
 * advisory lock, released at commit or rollback). For "at most N per owner" checks without
 * locking a row of another context's table. Keys are hashed: a rare collision only serialises
 * two unrelated owners a little.
 */
export async function serializeOn(manager: EntityManager, key: string): Promise<void> {
  await manager.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [key]);
}
