import { Inject, Injectable } from '@nestjs/common';
import type { Meilisearch } from 'meilisearch';
import { APP_CONFIG, type AppConfig, DomainError, MEILISEARCH, meiliErrorCode } from '@app/shared';
import { indexUid } from '../search-indexes';
import { FACETS, searchFilters } from './search-filters';
import type { SearchQuery } from './search.query';

export interface SearchResult {
  type: string;
  q: string;
  items: Record<string, unknown>[];
  page: number;
  pageSize: number;
  total: number;
  facets: Record<string, Record<string, number>>;
}

const HIGHLIGHTED = ['title', 'name', 'description', 'bio', 'skills', 'fields'];

/** Full-text search over the public indexes, with filters, facet counts and highlighted snippets. */
@Injectable()
export class SearchService {
  constructor(
    @Inject(MEILISEARCH) private readonly meili: Meilisearch,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async search(query: SearchQuery): Promise<SearchResult> {
    const q = query.q ?? '';
    try {
      const result = await this.meili
        .index(indexUid(this.config.MEILI_INDEX_PREFIX, query.type))
        .search(q, {
          filter: searchFilters(query),
          facets: FACETS[query.type],
          page: query.page,
          hitsPerPage: query.pageSize,
          attributesToRetrieve: ['*'],
          attributesToHighlight: HIGHLIGHTED,
          attributesToCrop: ['description', 'bio'],
          cropLength: 40,
          highlightPreTag: '<mark>',
          highlightPostTag: '</mark>',
        });
      return {
        type: query.type,
        q,
        items: result.hits.map(({ _formatted, terms: _terms, ...hit }) => ({
          ...hit,
          highlight: pickHighlights(_formatted),
        })),
        page: query.page,
        pageSize: query.pageSize,
        total: result.totalHits ?? result.hits.length,
        facets: result.facetDistribution ?? {},
      };
    } catch (error) {
      // Before the worker's first batch the index does not exist yet: nothing is public so far.
      if (meiliErrorCode(error) === 'index_not_found') {
        return {
          type: query.type,
          q,
          items: [],
          page: query.page,
          pageSize: query.pageSize,
          total: 0,
          facets: {},
        };
      }
      throw new DomainError(
        'unavailable',
        'SEARCH_UNAVAILABLE',
        `Search is unavailable: ${(error as Error).message}`,
      );
    }
  }
}

/** Only the highlighted fields that matched, so clients show snippets without re-reading documents. */
function pickHighlights(formatted: Record<string, unknown> | undefined): Record<string, unknown> {
  if (!formatted) return {};
  return Object.fromEntries(
    HIGHLIGHTED.filter((key) => JSON.stringify(formatted[key] ?? '').includes('<mark>')).map(
      (key) => [key, formatted[key]],
    ),
  );
}
