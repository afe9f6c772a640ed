import { Inject, Injectable } from '@nestjs/common';
import type { Meilisearch, MultiSearchParams } from 'meilisearch';
import { indexUid, type StoredDocument } from '@app/search';
import {
  APP_CONFIG,
  type AppConfig,
  DomainError,
  isSearchUnavailable,
  MEILISEARCH,
  meiliErrorCode,
} from '@app/shared';
import { type CandidateIndex, candidateSearch } from './candidate-queries';
import type { WeightedQuery } from './query/weighted-query';

export interface Candidate<T extends CandidateIndex = CandidateIndex> {
  id: string;
  /** The public search document, with the attributes matching retrieves (RETRIEVED). */
  document: StoredDocument<T>;
}

/**
 * Candidate generation: one multi-search (candidate-queries.ts), its hits deduplicated. Ranking
 * happens afterwards, in memory, on all of the query (text-match.ts).
 */
@Injectable()
export class CandidateSearch {
  constructor(
    @Inject(MEILISEARCH) private readonly meili: Meilisearch,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async find<T extends CandidateIndex>(
    type: T,
    query: WeightedQuery,
    industryFilter: string | null,
    filter: string[] = [],
  ): Promise<Candidate<T>[]> {
    const uid = indexUid(this.config.MEILI_INDEX_PREFIX, type);
    const search = candidateSearch(uid, type, query, industryFilter, filter);
    if (search.queries.length === 0) return [];
    try {
      const { results } = await this.meili.multiSearch<MultiSearchParams, StoredDocument<T>>(
        search,
      );
      const byId = new Map<string, Candidate<T>>();
      for (const { hits } of results) {
        for (const hit of hits) {
          const id = String(hit.id);
          if (!byId.has(id)) byId.set(id, { id, document: hit });
        }
      }
      return [...byId.values()];
    } catch (error) {
      const code = meiliErrorCode(error);
      if (code === 'index_not_found') return [];
      // An index whose settings predate a filterable attribute (the worker updates them when it
      // starts): match on words alone rather than not at all.
      if (code === 'invalid_search_filter' && industryFilter)
        return this.find(type, query, null, filter);
      // A request Meilisearch refused is a bug (a 500 with its cause logged), not an outage to
      // wait out: only unreachable, timed out or 5xx is reported as unavailable.
      if (!isSearchUnavailable(error)) throw error;
      throw new DomainError(
        'unavailable',
        'SEARCH_UNAVAILABLE',
        `Matching is unavailable: ${(error as Error).message}`,
      );
    }
  }
}
