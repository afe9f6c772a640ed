import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, type EntityManager, In } from 'typeorm';
import { idPage } from '@app/shared';
import { Demand } from '../demand.entity';
import { type DemandKind, DemandStatus } from '../demand.types';
import { type DemandRecord, toDemandRecord } from './demand.record';

/** What other contexts may read about demands: plain records, fetched in batches. */
@Injectable()
export class DemandReader {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async byId(id: string): Promise<DemandRecord | null> {
    const demand = await this.dataSource.getRepository(Demand).findOneBy({ id });
    return demand ? toDemandRecord(demand) : null;
  }

  async byIds(ids: readonly string[]): Promise<Map<string, DemandRecord>> {
    if (ids.length === 0) return new Map();
    const rows = await this.dataSource.getRepository(Demand).findBy({ id: In([...ids]) });
    return new Map(rows.map((d) => [d.id, toDemandRecord(d)]));
  }

  /**
   * Reads the demand FOR SHARE inside the caller's transaction: it cannot be closed or edited
   * until that transaction ends, and a change that committed first is seen.
   */
  async lockForShare(manager: EntityManager, id: string): Promise<DemandRecord | null> {
    const demand = await manager.findOne(Demand, {
      where: { id },
      lock: { mode: 'pessimistic_read' },
    });
    return demand ? toDemandRecord(demand) : null;
  }

  /** Ids of the demands of these organisations (drafts and closed ones included). */
  async idsOfOrganizations(organizationIds: readonly string[]): Promise<string[]> {
    if (organizationIds.length === 0) return [];
    const rows = await this.dataSource.getRepository(Demand).find({
      select: { id: true },
      where: { organizationId: In([...organizationIds]) },
    });
    return rows.map((r) => r.id);
  }

  /**
   * Open demands of a kind whose deadline has not passed (`today` is `YYYY-MM-DD` in the city),
   * newest first, at most `limit`: what other contexts offer on (two-for-one teacher practice).
   */
  async openOfKind(kind: DemandKind, today: string, limit: number): Promise<DemandRecord[]> {
    const rows = await this.dataSource
      .getRepository(Demand)
      .createQueryBuilder('d')
      .where('d.kind = :kind AND d.status = :status', { kind, status: DemandStatus.Open })
      .andWhere('(d.deadline IS NULL OR d.deadline >= :today)', { today })
      .orderBy('d.publishedAt', 'DESC', 'NULLS LAST')
      .addOrderBy('d.id', 'ASC')
      .limit(limit)
      .getMany();
    return rows.map(toDemandRecord);
  }

  count(): Promise<number> {
    return this.dataSource.getRepository(Demand).count();
  }

  /** Every demand id, a keyset page at a time (for full rebuilds). */
  idsAfter(after: string | null, limit: number): Promise<string[]> {
    return idPage(this.dataSource.getRepository(Demand), after, limit);
  }
}
