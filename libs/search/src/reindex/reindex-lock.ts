import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

/**
 * One reindex per index prefix at a time: two would swap each other's indexes out and drop
 * each other's work in progress. A session-level advisory lock also dies with a crashed run.
 */
@Injectable()
export class ReindexLock {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Fails at once if another run holds the lock; resolves to its release. */
  async acquire(live: string): Promise<() => Promise<void>> {
    // A connection of its own: a session-level lock belongs to the session that took it.
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
