import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, type EntityManager, In } from 'typeorm';
import { idPage } from '@app/shared';
import { Expert } from '../expert.entity';
import { type ExpertContactRecord, type ExpertRecord, toExpertRecord } from './expert.record';

/** An expert's name and affiliation: how onboarding tells profiles apart. */
export interface ExpertNameKey {
  readonly name: string;
  readonly affiliation: string;
}

/**
 * What other contexts may read about expert profiles: plain records, fetched in batches.
 * `manager` joins the caller's transaction.
 */
@Injectable()
export class ExpertDirectory {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async byId(id: string, manager?: EntityManager): Promise<ExpertRecord | null> {
    return (await this.byIds([id], manager)).get(id) ?? null;
  }

  async byIds(ids: readonly string[], manager?: EntityManager): Promise<Map<string, ExpertRecord>> {
    if (ids.length === 0) return new Map();
    const m = manager ?? this.dataSource.manager;
    const rows = await m.findBy(Expert, { id: In([...ids]) });
    return new Map(rows.map((e) => [e.id, toExpertRecord(e)]));
  }

  /** The profile of this account, if it has one (at most one per account). */
  async byUserId(userId: string, manager?: EntityManager): Promise<ExpertRecord | null> {
    const expert = await (manager ?? this.dataSource.manager).findOneBy(Expert, { userId });
    return expert ? toExpertRecord(expert) : null;
  }

  /** Contact details; the caller has checked that the reader may see them. */
  async contactsOf(ids: readonly string[]): Promise<Map<string, ExpertContactRecord>> {
    if (ids.length === 0) return new Map();
    const rows = await this.dataSource.getRepository(Expert).find({
      select: { id: true, name: true, contact: true },
      where: { id: In([...ids]) },
    });
    return new Map(rows.map((e) => [e.id, { id: e.id, name: e.name, contact: { ...e.contact } }]));
  }

  /** Profiles already bearing one of `names`, with their affiliations (for duplicate checks). */
  async nameKeys(names: readonly string[], manager?: EntityManager): Promise<ExpertNameKey[]> {
    if (names.length === 0) return [];
    const rows = await (manager ?? this.dataSource.manager).find(Expert, {
      select: { name: true, affiliation: true },
      where: { name: In([...names]) },
    });
    return rows.map((e) => ({ name: e.name, affiliation: e.affiliation }));
  }

  count(): Promise<number> {
    return this.dataSource.getRepository(Expert).count();
  }

  /** Every profile id, a keyset page at a time (for full rebuilds). */
  idsAfter(after: string | null, limit: number): Promise<string[]> {
    return idPage(this.dataSource.getRepository(Expert), after, limit);
  }
}
