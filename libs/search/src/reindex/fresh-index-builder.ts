import { Inject, Injectable, Optional } from '@nestjs/common';
import { DemandReader, OfferReader } from '@app/demands';
import { ExpertDirectory } from '@app/experts';
import { OrganizationDirectory } from '@app/organizations';
import { DocumentLoader } from '../indexing/document-loader';
import { SEARCH_SOURCES, type SearchSource } from '../indexing/search-sources';
import { indexUid } from '../search-indexes';
import type { IndexWriter } from './index-writer';
import type { ReindexProgress } from './reindex-options';
import { type AggregateIds, CASCADED, REINDEX_SOURCES, type ReindexType } from './reindex-sources';

/** Fills a fresh index set from PostgreSQL, reporting progress in aggregates read. */
@Injectable()
export class FreshIndexBuilder {
  private readonly ids: Record<ReindexType, AggregateIds>;

  constructor(
    private readonly loader: DocumentLoader,
    organizations: OrganizationDirectory,
    experts: ExpertDirectory,
    demands: DemandReader,
    offers: OfferReader,
    @Optional() @Inject(SEARCH_SOURCES) private readonly sources: readonly SearchSource[] = [],
  ) {
    this.ids = { organization: organizations, expert: experts, demand: demands, offer: offers };
  }

  /** Reads every aggregate id, page by page (keyset), and writes the public ones' documents. */
  async build(
    prefix: string,
    pageSize: number,
    writer: IndexWriter,
    report: ReindexProgress,
  ): Promise<void> {
    const counts = await Promise.all([
      ...REINDEX_SOURCES.map((s) => this.ids[s.type].count()),
      ...this.sources.map((s) => s.count()),
    ]);
    const total = counts.reduce((a, b) => a + b, 0);
    // An organisation's (expert's) page also loads its demands and offers: DocumentLoader
    // cascades, since their documents carry the provider's name and visibility. Those documents
    // are kept, and their ids skipped when demands and offers are paged, so nothing is loaded
    // (and segmented) twice. Ones created after their parent's page are read in their own pages.
    const covered = new Set<string>();
    let done = 0;
    for (const source of REINDEX_SOURCES) {
      await report(done, total, source.label);
      for (let after: string | null = null; ;) {
        const ids = await this.ids[source.type].idsAfter(after, pageSize);
        const refs = ids.filter((id) => !covered.has(id)).map((id) => ({ type: source.type, id }));
        if (refs.length > 0) {
          const changes = await this.loader.changesFor(refs, { sourceDependents: false });
          for (const type of new Set([...source.feeds, ...CASCADED])) {
            const { upsert, remove } = changes[type];
            if (!source.feeds.includes(type))
              for (const id of [...upsert.map((d) => d.id), ...remove]) covered.add(id);
            await writer.add(indexUid(prefix, type), upsert);
          }
        }
        done += ids.length;
        await report(done, total, source.label);
        if (ids.length < pageSize) break;
        after = ids[ids.length - 1];
      }
    }
    for (const source of this.sources)
      done = await this.buildSource(source, prefix, pageSize, writer, report, done, total);
    await writer.flush();
  }

  /** A plugged-in source's documents, page by page; its dependents come in their own pages. */
  private async buildSource(
    source: SearchSource,
    prefix: string,
    pageSize: number,
    writer: IndexWriter,
    report: ReindexProgress,
    done: number,
    total: number,
  ): Promise<number> {
    await report(done, total, source.label);
    for (let after: string | null = null; ;) {
      const ids = await source.idsAfter(after, pageSize);
      if (ids.length > 0) {
        const refs = ids.map((id) => ({ type: source.aggregateType, id }));
        const changes = await this.loader.changesFor(refs, { sourceDependents: false });
        await writer.add(indexUid(prefix, source.index), changes[source.index].upsert);
      }
      done += ids.length;
      await report(done, total, source.label);
      if (ids.length < pageSize) return done;
      after = ids[ids.length - 1];
    }
  }
}
