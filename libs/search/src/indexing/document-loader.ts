import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, In } from 'typeorm';
import { Demand, DemandStatus, Offer, OfferStatus } from '@app/demands';
import { Expert } from '@app/experts';
import { Organization, OrganizationKind, VerificationStatus } from '@app/organizations';
import type { SearchType } from '../search-indexes';
import {
  collegeDocument,
  demandDocument,
  enterpriseDocument,
  expertDocument,
  offerDocument,
  type SearchDocument,
} from './search-documents';

/** A changed aggregate, as named by an outbox event. */
export interface AggregateRef {
  type: string;
  id: string;
}

/** For each index: documents to write and ids to remove. */
export type IndexChanges = Record<SearchType, { upsert: SearchDocument[]; remove: string[] }>;

const emptyChanges = (): IndexChanges => ({
  demands: { upsert: [], remove: [] },
  experts: { upsert: [], remove: [] },
  colleges: { upsert: [], remove: [] },
  enterprises: { upsert: [], remove: [] },
  offers: { upsert: [], remove: [] },
});

/**
 * Reads the current public state of changed aggregates from PostgreSQL (the source of truth)
 * and turns it into index changes: anything no longer public is removed. Reading the latest
 * state makes replays and out-of-order deliveries harmless.
 */
@Injectable()
export class DocumentLoader {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async changesFor(refs: AggregateRef[]): Promise<IndexChanges> {
    const ids = (type: string) => [
      ...new Set(refs.filter((r) => r.type === type).map((r) => r.id)),
    ];
    const orgIds = ids('organization');
    const expertIds = ids('expert');
    // An organisation's or expert's visibility and name are part of its demands' and offers' documents.
    const demandIds = [...ids('demand'), ...(await this.idsOf(Demand, 'organizationId', orgIds))];
    const offerIds = [
      ...ids('offer'),
      ...(await this.idsOf(Offer, 'organizationId', orgIds)),
      ...(await this.idsOf(Offer, 'expertId', expertIds)),
    ];
    const changes = emptyChanges();
    await this.organizations(orgIds, changes);
    await this.experts(expertIds, changes);
    await this.demands([...new Set(demandIds)], changes);
    await this.offers([...new Set(offerIds)], changes);
    return changes;
  }

  private async idsOf(entity: typeof Demand | typeof Offer, column: string, values: string[]) {
    if (values.length === 0) return [];
    const rows: { id: string }[] = await this.dataSource
      .getRepository(entity)
      .find({ where: { [column]: In(values) }, select: { id: true } });
    return rows.map((r) => r.id);
  }

  private async organizations(ids: string[], changes: IndexChanges) {
    if (ids.length === 0) return;
    const found = await this.dataSource.getRepository(Organization).findBy({ id: In(ids) });
    const byId = new Map(found.map((o) => [o.id, o]));
    for (const id of ids) {
      const org = byId.get(id);
      const verified = org?.status === VerificationStatus.Verified;
      if (org?.kind === OrganizationKind.Enterprise && verified)
        changes.enterprises.upsert.push(enterpriseDocument(org));
      else if (org?.kind === OrganizationKind.College && verified)
        changes.colleges.upsert.push(collegeDocument(org));
      if (!verified || org?.kind !== OrganizationKind.Enterprise)
        changes.enterprises.remove.push(id);
      if (!verified || org?.kind !== OrganizationKind.College) changes.colleges.remove.push(id);
    }
  }

  private async experts(ids: string[], changes: IndexChanges) {
    if (ids.length === 0) return;
    const found = await this.dataSource.getRepository(Expert).findBy({ id: In(ids) });
    const byId = new Map(found.map((e) => [e.id, e]));
    for (const id of ids) {
      const expert = byId.get(id);
      if (expert?.isPublic) changes.experts.upsert.push(expertDocument(expert));
      else changes.experts.remove.push(id);
    }
  }

  private async demands(ids: string[], changes: IndexChanges) {
    if (ids.length === 0) return;
    const rows = await this.dataSource
      .getRepository(Demand)
      .createQueryBuilder('d')
      .leftJoinAndSelect('d.organization', 'org')
      .where('d.id IN (:...ids)', { ids })
      .getMany();
    const byId = new Map(rows.map((d) => [d.id, d]));
    for (const id of ids) {
      const d = byId.get(id);
      const visible =
        d?.status === DemandStatus.Open && d.organization?.status === VerificationStatus.Verified;
      if (d && visible) changes.demands.upsert.push(demandDocument(d, d.organization?.name ?? ''));
      else changes.demands.remove.push(id);
    }
  }

  private async offers(ids: string[], changes: IndexChanges) {
    if (ids.length === 0) return;
    const rows = await this.dataSource
      .getRepository(Offer)
      .createQueryBuilder('o')
      .leftJoinAndSelect('o.organization', 'org')
      .leftJoinAndSelect('o.expert', 'ex')
      .where('o.id IN (:...ids)', { ids })
      .getMany();
    const byId = new Map(rows.map((o) => [o.id, o]));
    for (const id of ids) {
      const o = byId.get(id);
      const providerVisible =
        o?.organization?.status === VerificationStatus.Verified || o?.expert?.isPublic === true;
      if (o && o.status === OfferStatus.Active && providerVisible) {
        changes.offers.upsert.push(offerDocument(o, o.organization?.name ?? o.expert?.name ?? ''));
      } else changes.offers.remove.push(id);
    }
  }
}
