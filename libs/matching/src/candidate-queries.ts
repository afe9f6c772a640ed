import type { MultiSearchParams } from 'meilisearch';
import type { SearchDocuments, SearchType } from '@app/search';
import type { WeightedQuery } from './query/weighted-query';

/** The indexes matching draws candidates from (projects are found by search, never matched). */
export type CandidateIndex = Exclude<SearchType, 'projects'>;

/** Attributes fetched per candidate type: what re-ranking reads and the answer shows. */
export const RETRIEVED: { [T in CandidateIndex]: (keyof SearchDocuments[T] & string)[] } = {
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
    'industryNames',
    'industryPrefixes',
    'bio',
  ],
  colleges: [
    'id',
    'name',
    'level',
    'district',
    'description',
    'majorNames',
    'majorCodes',
    'majorIntakes',
    'industryPrefixes',
    'researchTitles',
    'trainingCapacity',
    'tags',
  ],
  demands: [
    'id',
    'title',
    'kind',
    'description',
    'skills',
    'tags',
    'industryCode',
    'industryName',
    'industryPrefixes',
    'district',
    'organizationId',
    'organizationName',
    'deadline',
    'publishedAt',
  ],
  enterprises: [
    'id',
    'name',
    'industryCode',
    'industryName',
    'industryPrefixes',
    'size',
    'district',
    'description',
    'tags',
  ],
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

/** The industry pool's filter for a demand: its division (colleges carry their majors' divisions). */
export function industryFilterOf(industryCode: string): string {
  return `industryPrefixes = ${JSON.stringify(industryCode.slice(0, 2))}`;
}

/** The order of the industry pool (a sortable attribute of each index, search-indexes.ts). */
const NEWEST_FIRST: Record<CandidateIndex, string> = {
  experts: 'createdAt:desc',
  colleges: 'createdAt:desc',
  enterprises: 'createdAt:desc',
  offers: 'createdAt:desc',
  demands: 'publishedAt:desc',
};

/** The heaviest words each get a query of their own. */
const WORD_QUERIES = 6;
/** …and the heaviest words no document had at the last count (see candidateWords). */
const UNKNOWN_WORD_QUERIES = 3;
/**
 * Hits per query: each word, the industry. Small pools keep the response light at 60,000
 * experts; a city has a few dozen colleges, so all of them can come.
 */
const POOLS = { word: 15, industry: 20 };
const COLLEGE_POOLS: typeof POOLS = { word: 20, industry: 40 };

/**
 * The multi-search of candidate generation (one place: CandidateSearch sends it, the benchmark
 * times it). Meilisearch has no "any of these words" query: with the `frequency` strategy it
 * returns only documents that have the query's rarest word, with `last` only those with its
 * first, and a query of many words costs as much as four of one. So:
 * - each of the heaviest words alone (documents sharing one; Meilisearch's synonyms and the
 *   `last` strategy over the parts it cuts a compound into widen each; see candidateWords),
 * - the same industry without words, newest profiles first: a placeholder search returns documents
 *   in insertion order, so without a sort the pool would be the industry's oldest profiles for
 *   ever and a newcomer who shares only the industry and generic words could never be ranked.
 * The heaviest words are the rare, telling ones, so few documents share each. Not federated:
 * Meilisearch's federated merge cost ~5 ms more per request at 60,000 experts; the matcher
 * deduplicates and ranks the hits itself anyway (ADR 0007).
 */
export function candidateSearch(
  indexUid: string,
  type: CandidateIndex,
  query: WeightedQuery,
  industryFilter: string | null,
  filter: string[] = [],
): MultiSearchParams {
  const common = { indexUid, filter, attributesToRetrieve: RETRIEVED[type] };
  const pools = type === 'colleges' ? COLLEGE_POOLS : POOLS;
  return {
    queries: [
      ...candidateWords(query).map((q) => ({ ...common, q, limit: pools.word })),
      ...(industryFilter
        ? [
            {
              ...common,
              q: '',
              filter: [...filter, industryFilter],
              sort: [NEWEST_FIRST[type]],
              limit: pools.industry,
            },
          ]
        : []),
    ],
  };
}

/**
 * The words asked for: the six heaviest that some indexed document has (or its synonyms or
 * parts: `known`, from the corpus statistics), then the three heaviest that none had when the
 * statistics were counted. Those are mostly typos and debris of colloquial text, but the
 * statistics can be minutes old, and a profile written since with that very word must still be
 * found; a word without hits costs Meilisearch well under a millisecond.
 */
export function candidateWords(query: WeightedQuery): string[] {
  const known = query.concepts.filter((c) => c.known).slice(0, WORD_QUERIES);
  const fresh = query.concepts.filter((c) => !c.known).slice(0, UNKNOWN_WORD_QUERIES);
  return [...known, ...fresh].map((c) => c.term);
}
