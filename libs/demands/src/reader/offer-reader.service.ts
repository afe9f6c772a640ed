import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, In } from 'typeorm';
import { idPage } from '@app/shared';
import { Offer } from '../offers/offer.entity';
import { OfferStatus } from '../offers/offer.types';
import { type OfferRecord, toOfferRecord } from './offer.record';

/** The providers whose offers are asked for: colleges (organisations) and experts. */
export interface OfferProviders {
  organizationIds?: readonly string[];
  expertIds?: readonly string[];
}

const ACTIVE_PER_EXPERT = `SELECT expert_id AS id, count(*) AS count FROM offers
  WHERE status = $1 AND expert_id = ANY($2::uuid[]) GROUP BY expert_id`;
const ACTIVE_PER_COLLEGE = `SELECT organization_id AS id, count(*) AS count FROM offers
  WHERE status = $1 AND organization_id = ANY($2::uuid[]) GROUP BY organization_id`;

/** What other contexts may read about offers: plain records, fetched in batches. */
@Injectable()
export class OfferReader {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async byIds(ids: readonly string[]): Promise<Map<string, OfferRecord>> {
    if (ids.length === 0) return new Map();
    const rows = await this.dataSource.getRepository(Offer).findBy({ id: In([...ids]) });
    return new Map(rows.map((o) => [o.id, toOfferRecord(o)]));
  }

  /** Ids of the offers of these providers (archived ones included). */
  async idsOfProviders({
    organizationIds = [],
    expertIds = [],
  }: OfferProviders): Promise<string[]> {
    const where = [
      ...(organizationIds.length > 0 ? [{ organizationId: In([...organizationIds]) }] : []),
      ...(expertIds.length > 0 ? [{ expertId: In([...expertIds]) }] : []),
    ];
    if (where.length === 0) return [];
    const rows = await this.dataSource.getRepository(Offer).find({ select: { id: true }, where });
    return rows.map((r) => r.id);
  }

  /**
   * Active offers per provider (absent: none). One indexed aggregate in plain SQL: it runs for
   * every match request, where a query builder's overhead shows.
   */
  async activeCounts(
    provider: 'expert' | 'college',
    ids: readonly string[],
  ): Promise<Map<string, number>> {
    if (ids.length === 0) return new Map();
    const rows: { id: string; count: string }[] = await this.dataSource.query(
      provider === 'expert' ? ACTIVE_PER_EXPERT : ACTIVE_PER_COLLEGE,
      [OfferStatus.Active, ids],
    );
    return new Map(rows.map((r) => [r.id, Number(r.count)]));
  }

  count(): Promise<number> {
    return this.dataSource.getRepository(Offer).count();
  }

  /** Every offer id, a keyset page at a time (for full rebuilds). */
  idsAfter(after: string | null, limit: number): Promise<string[]> {
    return idPage(this.dataSource.getRepository(Offer), after, limit);
  }
}
