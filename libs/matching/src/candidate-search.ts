import { Inject, Injectable } from '@nestjs/common';
import type { Meilisearch } from 'meilisearch';
import { indexUid, queryTerms, type SearchType } from '@app/search';
import { APP_CONFIG, type AppConfig, DomainError, MEILISEARCH, meiliErrorCode } from '@app/shared';
import { CANDIDATE_POOL } from './matching-weights';

export interface Candidate {
  id: string;
  /** Meilisearch's ranking score in [0, 1] (0 when found only by industry). */
  relevance: number;
  /** Query words found in the candidate, and where. */
  matchedTerms: string[];
  matchedFields: string[];
  document: Record<string, unknown>;
}

/** Attributes fetched per candidate type. */
const RETRIEVED: Record<SearchType, string[]> = {
  experts: [
    'id',
    'name',
    'title',
    'affiliation',
    'fields',
    'skills',
    'services',
    'availability',
    'district',
    'industryCodes',
    'industryPrefixes',
  ],
  colleges: [
    'id',
    'name',
    'level',
    'district',
    'majorNames',
    'majorCodes',
    'industryPrefixes',
    'researchTitles',
    'trainingCapacity',
    'tags',
  ],
  demands: [
    'id',
    'title',
    'kind',
    'skills',
    'tags',
    'industryCode',
    'industryPrefixes',
    'district',
    'organizationId',
    'organizationName',
    'deadline',
    'publishedAt',
  ],
  enterprises: ['id', 'name', 'industryCode', 'industryPrefixes', 'district', 'tags'],
  offers: [
    'id',
    'title',
    'kind',
    'providerType',
    'providerName',
    'fields',
    'tags',
    'industryPrefixes',
  ],
};

/** Meilisearch uses at most 10 query words; the first ones matter most. */
const MAX_QUERY_WORDS = 10;
/** Hits per single-word query: enough to keep rare-word candidates in the pool. */
const PER_WORD = 20;

/**
 * Candidate generation: one full-text query built from the thing's words, plus one query for the
 * same industry without words, so a good candidate who phrases things differently still enters
 * the pool. Re-ranking happens afterwards on structured features.
 */
@Injectable()
export class CandidateSearch {
  constructor(
    @Inject(MEILISEARCH) private readonly meili: Meilisearch,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async find(
    type: SearchType,
    words: { phrases: string[]; texts: string[] },
    industryFilter: string | null,
    filter: string[] = [],
  ): Promise<Candidate[]> {
    const q = queryFrom(words.phrases, words.texts);
    const queryWords = q.split(' ').filter(Boolean);
    const uid = indexUid(this.config.MEILI_INDEX_PREFIX, type);
    // Only what ranking and the answer need: long texts would make every response heavy.
    const common = {
      limit: CANDIDATE_POOL,
      showRankingScore: true,
      attributesToRetrieve: RETRIEVED[type],
    };
    try {
      // Meilisearch's `last` strategy never drops the first word, so a first word nobody uses
      // would empty the pool: each word also gets a small query of its own.
      const { results } = await this.meili.multiSearch({
        queries: [
          {
            indexUid: uid,
            q,
            matchingStrategy: 'last',
            filter,
            ...common,
            showMatchesPosition: true,
          },
          ...queryWords.map((word) => ({
            indexUid: uid,
            q: word,
            filter,
            ...common,
            limit: PER_WORD,
          })),
          ...(industryFilter
            ? [{ indexUid: uid, q: '', filter: [...filter, industryFilter], ...common }]
            : []),
        ],
      });
      const byId = new Map<string, Candidate>();
      for (const [queryIndex, result] of results.entries()) {
        for (const hit of result.hits) {
          const id = String(hit.id);
          const known = byId.get(id);
          // The public document only: Meilisearch's scoring fields stay here.
          const { _rankingScore, _matchesPosition, ...doc } = hit as Record<string, unknown> & {
            _rankingScore?: number;
            _matchesPosition?: Record<string, unknown>;
          };
          const matchedTerms = known?.matchedTerms ?? matchedWords(doc, queryWords);
          // Relevance: the full query's score or the share of query words the candidate has, whichever
          // is higher (Meilisearch scores a long query low even for a candidate that has its key words).
          const share = matchedTerms.length / Math.max(1, queryWords.length);
          const relevance =
            queryIndex === 0 ? Math.max(_rankingScore ?? 0, share) : (known?.relevance ?? share);
          const positions = _matchesPosition ?? {};
          byId.set(id, {
            id,
            relevance,
            matchedFields:
              known?.matchedFields ?? Object.keys(positions).filter((f) => f !== 'terms'),
            matchedTerms,
            document: doc,
          });
        }
      }
      return [...byId.values()];
    } catch (error) {
      const code = meiliErrorCode(error);
      if (code === 'index_not_found') return [];
      // An index whose settings predate the industry attribute (the worker updates them when it
      // starts): match on words alone rather than not at all.
      if (code === 'invalid_search_filter' && industryFilter)
        return this.find(type, words, null, filter);
      throw new DomainError(
        'unavailable',
        'SEARCH_UNAVAILABLE',
        `Matching is unavailable: ${(error as Error).message}`,
      );
    }
  }
}

/**
 * The query: short phrases (skills, fields) kept whole, then the search words of the longer
 * texts, most important first, without repeats.
 */
export function queryFrom(phrases: string[], texts: string[]): string {
  const whole = phrases
    .map((p) => p.trim().toLowerCase())
    .filter((p) => p && p.length <= 8 && !/\s/.test(p));
  const words = queryTerms(texts.join(' ')).split(' ').filter(Boolean);
  return [...new Set([...whole, ...words])].slice(0, MAX_QUERY_WORDS).join(' ');
}

/** Query words the candidate's public text contains (synonym matches count for relevance only). */
function matchedWords(hit: Record<string, unknown>, words: string[]): string[] {
  const { terms: _terms, ...visible } = hit;
  const text = JSON.stringify(visible).toLowerCase();
  return words.filter((w) => text.includes(w.toLowerCase()));
}
