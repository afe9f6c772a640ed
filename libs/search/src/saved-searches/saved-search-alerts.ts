import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Meilisearch, MultiSearchQuery } from 'meilisearch';
import type { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig, MEILISEARCH, meiliErrorCode } from '@app/shared';
import { searchFilters } from '../query/search-filters';
import { SearchQuery } from '../query/search.query';
import { indexUid, type SearchType } from '../search-indexes';
import type { SavedSearchFilters } from './saved-search-filters';

export interface SavedSearchHit {
  savedSearchId: string;
  userId: string;
  name: string;
}

/** Saved searches with the same words and filters, asked once. */
interface SearchGroup {
  q: string;
  filters: SavedSearchFilters;
  ids: string[];
  user_ids: string[];
  names: string[];
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
    // Grouped in SQL: 10,000 users saving one search are one row, not 10,000 entities.
    const entries: SearchGroup[] = await this.dataSource.query(
      `SELECT q, filters, array_agg(id) AS ids, array_agg(user_id) AS user_ids,
              array_agg(name) AS names
         FROM saved_searches WHERE type = $1 AND alerts_enabled GROUP BY q, filters`,
      [type],
    );
    const uid = indexUid(this.config.MEILI_INDEX_PREFIX, type);
    const only = `id = ${JSON.stringify(documentId)}`;
    const hits: SavedSearchHit[] = [];
    for (let start = 0; start < entries.length; start += CHUNK) {
      const chunk = entries.slice(start, start + CHUNK);
      const queries: MultiSearchQuery[] = chunk.map((group) => {
        const query = Object.assign(new SearchQuery(), group.filters, { type });
        return {
          indexUid: uid,
          q: group.q,
          filter: [...searchFilters(query), only],
          limit: 1,
          attributesToRetrieve: ['id'],
        };
      });
      const { results } = await this.meili.multiSearch({ queries });
      results.forEach((result, i) => {
        if (result.hits.length === 0) return;
        const { ids, user_ids: userIds, names } = chunk[i];
        ids.forEach((id, j) =>
          hits.push({ savedSearchId: id, userId: userIds[j], name: names[j] }),
        );
      });
    }
    return hits;
  }
}
