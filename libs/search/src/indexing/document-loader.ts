import { Inject, Injectable, Optional } from '@nestjs/common';
import { DemandReader, DemandStatus, OfferReader, OfferStatus } from '@app/demands';
import { ExpertDirectory } from '@app/experts';
import { OrganizationDirectory, OrganizationKind, VerificationStatus } from '@app/organizations';
import type { SearchType } from '../search-indexes';
import {
  collegeDocument,
  demandDocument,
  enterpriseDocument,
  expertDocument,
  offerDocument,
  type SearchDocument,
} from './search-documents';
import { SEARCH_SOURCES, type SearchSource } from './search-sources';

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
  projects: { upsert: [], remove: [] },
});

/** Options of `changesFor`. */
export interface ChangesOptions {
  /**
   * Also rebuild the plugged-in sources' documents that show a changed aggregate (a project
   * naming a renamed partner). The reindex turns it off: it reads every source in full anyway.
   */
  sourceDependents?: boolean;
}

/**
 * Reads the current public state of changed aggregates from PostgreSQL (the source of truth)
 * and turns it into index changes: anything no longer public is removed. Reading the latest
 * state makes replays and out-of-order deliveries harmless.
 */
@Injectable()
export class DocumentLoader {
  constructor(
    private readonly demandReader: DemandReader,
    private readonly offerReader: OfferReader,
    private readonly organizationDirectory: OrganizationDirectory,
    private readonly expertDirectory: ExpertDirectory,
    @Optional() @Inject(SEARCH_SOURCES) private readonly sources: readonly SearchSource[] = [],
  ) {}

  async changesFor(
    refs: AggregateRef[],
    { sourceDependents = true }: ChangesOptions = {},
  ): Promise<IndexChanges> {
    const ids = (type: string) => [
      ...new Set(refs.filter((r) => r.type === type).map((r) => r.id)),
    ];
    const orgIds = ids('organization');
    const expertIds = ids('expert');
    // An organisation's or expert's visibility and name are part of its demands' and offers' documents.
    const demandIds = [...ids('demand'), ...(await this.demandReader.idsOfOrganizations(orgIds))];
    const offerIds = [
      ...ids('offer'),
      ...(await this.offerReader.idsOfProviders({
        organizationIds: orgIds,
        expertIds: expertIds,
      })),
    ];
    const changes = emptyChanges();
    await this.organizations(orgIds, changes);
    await this.experts(expertIds, changes);
    await this.demands([...new Set(demandIds)], changes);
    await this.offers([...new Set(offerIds)], changes);
    for (const source of this.sources) {
      const own = ids(source.aggregateType);
      const dependents = sourceDependents ? await source.dependentIds(refs) : [];
      await this.fromSource(source, [...new Set([...own, ...dependents])], changes);
    }
    return changes;
  }

  private async fromSource(source: SearchSource, ids: string[], changes: IndexChanges) {
    if (ids.length === 0) return;
    const documents = await source.documents(ids);
    for (const id of ids) {
      const document = documents.get(id);
      if (document) changes[source.index].upsert.push(document);
      else changes[source.index].remove.push(id);
    }
  }

  private async organizations(ids: string[], changes: IndexChanges) {
    if (ids.length === 0) return;
    const byId = await this.organizationDirectory.byIds(ids);
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
    const byId = await this.expertDirectory.byIds(ids);
    for (const id of ids) {
      const expert = byId.get(id);
      if (expert?.isPublic) changes.experts.upsert.push(expertDocument(expert));
      else changes.experts.remove.push(id);
    }
  }

  private async demands(ids: string[], changes: IndexChanges) {
    if (ids.length === 0) return;
    const byId = await this.demandReader.byIds(ids);
    const orgs = await this.organizationDirectory.byIds([
      ...new Set([...byId.values()].map((d) => d.organizationId)),
    ]);
    for (const id of ids) {
      const d = byId.get(id);
      const org = d ? orgs.get(d.organizationId) : undefined;
      const visible =
        d?.status === DemandStatus.Open && org?.status === VerificationStatus.Verified;
      if (d && visible) changes.demands.upsert.push(demandDocument(d, org?.name ?? ''));
      else changes.demands.remove.push(id);
    }
  }

  private async offers(ids: string[], changes: IndexChanges) {
    if (ids.length === 0) return;
    const byId = await this.offerReader.byIds(ids);
    const offers = [...byId.values()];
    const present = (values: (string | null)[]) => [
      ...new Set(values.filter((v): v is string => v !== null)),
    ];
    const [orgs, experts] = await Promise.all([
      this.organizationDirectory.byIds(present(offers.map((o) => o.organizationId))),
      this.expertDirectory.byIds(present(offers.map((o) => o.expertId))),
    ]);
    for (const id of ids) {
      const o = byId.get(id);
      const org = o?.organizationId ? orgs.get(o.organizationId) : undefined;
      const expert = o?.expertId ? experts.get(o.expertId) : undefined;
      const providerVisible =
        org?.status === VerificationStatus.Verified || expert?.isPublic === true;
      if (o && o.status === OfferStatus.Active && providerVisible) {
        changes.offers.upsert.push(offerDocument(o, org?.name ?? expert?.name ?? ''));
      } else changes.offers.remove.push(id);
    }
  }
}
