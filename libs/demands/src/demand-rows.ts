import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import {
  hydrate,
  prepared,
  type PreparedStatement,
  queryPrepared,
  selectListOf,
} from '@app/shared';
import { Demand } from './demand.entity';

type Changes = Partial<Omit<Demand, 'id' | 'createdAt' | 'updatedAt'>>;

/**
 * One demand row read and written on the hot paths (`GET`, `PATCH`, publish, close) through
 * prepared statements: no ORM query building per request, and no re-read before an update.
 */
@Injectable()
export class DemandRows {
  private statements?: { byId: PreparedStatement; lockById: PreparedStatement };

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async byId(id: string): Promise<Demand | null> {
    const rows = await queryPrepared<Record<string, unknown>>(this.dataSource, this.sql().byId, [
      id,
    ]);
    return rows[0] ? hydrate(this.dataSource, Demand, rows[0]) : null;
  }

  /** The row under a write lock, inside `m`'s transaction. */
  async lockById(m: EntityManager, id: string): Promise<Demand | null> {
    const rows = await queryPrepared<Record<string, unknown>>(m, this.sql().lockById, [id]);
    return rows[0] ? hydrate(m, Demand, rows[0]) : null;
  }

  /** Applies `changes` to the row and to `demand`, and takes the new `updatedAt`. */
  async update(m: EntityManager, demand: Demand, changes: Changes): Promise<void> {
    const result = await m
      .createQueryBuilder()
      .update(Demand)
      // The jsonb `details` union is wider than TypeORM's deep-partial type can express.
      .set(changes as QueryDeepPartialEntity<Demand>)
      .where('id = :id', { id: demand.id })
      .returning(['updatedAt'])
      .execute();
    const updated = (result.raw as { updated_at?: Date }[])[0];
    Object.assign(demand, changes, updated ? { updatedAt: updated.updated_at } : {});
  }

  private sql() {
    if (!this.statements) {
      const columns = selectListOf(this.dataSource.getMetadata(Demand));
      this.statements = {
        byId: prepared('demands.by_id', `SELECT ${columns} FROM demands WHERE id = $1`),
        lockById: prepared(
          'demands.lock_by_id',
          `SELECT ${columns} FROM demands WHERE id = $1 FOR UPDATE`,
        ),
      };
    }
    return this.statements;
  }
}
