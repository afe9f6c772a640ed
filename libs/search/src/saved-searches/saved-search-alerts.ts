import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Meilisearch, MultiSearchQuery } from 'meilisearch';
import type { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig, MEILISEARCH, meiliErrorCode } from '@app/shared';
import { searchFilters } from '../query/search-filters';
import { SearchQuery } from '../query/search.query';
import { indexUid, type SearchType } from '../search-indexes';
import { SavedSearch } from './saved-search.entity';

export interface SavedSearchHit {
  savedSearchId: string;
  userId: string;
  name: string;
}

/** Queries per Meilisearch multi-search request. */
const CHUNK = 100;

/**
 * Which saved searches a new document satisfies ("percolation"). Each distinct (words, filters)
 * pair is asked once, restricted to that one document, so many users saving the same search
 * cost one query. The document must already be indexed (see `isIndexed`).
 */
@Injectable()
export class SavedSearchAlerts {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(MEILISEARCH) private readonly meili: Meilisearch,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** True once the index holds the document at `version` or later. */
  async isIndexed(type: SearchType, id: string, version: number): Promise<boolean> {
    try {
      const doc = await this.meili
        .index(indexUid(this.config.MEILI_INDEX_PREFIX, type))
        .getDocument<{ version: number }>(id, { fields: ['version'] });
      return doc.version >= version;
    } catch (error) {
      if (meiliErrorCode(error) === 'document_not_found') {
        return false;
      }
      throw error;
    }
  }

  async matching(type: SearchType, documentId: string): Promise<SavedSearchHit[]> {
    const searches = await this.dataSource.getRepository(SavedSearch).find({
      select: { id: true, userId: true, name: true, q: true, filters: true },
      where: { type, alertsEnabled: true },
    });
    const groups = new Map<string, SavedSearch[]>();
    for (const s of searches) {
      const key = JSON.stringify([s.q, s.filters]);
      const group = groups.get(key);
      if (group) group.push(s);
      else groups.set(key, [s]);
    }
    const uid = indexUid(this.config.MEILI_INDEX_PREFIX, type);
    const only = `id = ${JSON.stringify(documentId)}`;
    const entries = [...groups.values()];
    const hits: SavedSearchHit[] = [];
    for (let start = 0; start < entries.length; start += CHUNK) {
      const chunk = entries.slice(start, start + CHUNK);
      const queries: MultiSearchQuery[] = chunk.map(([first]) => {
        const query = Object.assign(new SearchQuery(), first.filters, { type });
        return {
          indexUid: uid,
          q: first.q,
          filter: [...searchFilters(query), only],
          limit: 1,
          attributesToRetrieve: ['id'],
        };
      });
      const { results } = await this.meili.multiSearch({ queries });
      results.forEach((result, i) => {
        if (result.hits.length === 0) return;
        for (const s of chunk[i])
          hits.push({ savedSearchId: s.id, userId: s.userId, name: s.name });
      });
    }
    return hits;
  }
}
