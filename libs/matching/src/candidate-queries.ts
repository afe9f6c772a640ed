import type { FederatedMultiSearchParams } from 'meilisearch';
import type { SearchType } from '@app/search';
import type { CorpusStats } from './query/term-weights';
import type { WeightedQuery } from './query/weighted-query';

/** Attributes fetched per candidate type: what re-ranking reads and the answer shows. */
export const RETRIEVED: Record<SearchType, string[]> = {
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

/**
 * Words per Meilisearch query: it reads at most 10 and cuts our compounds into its own words,
 * so a few fewer leave room for that.
 */
const QUERY_WORDS = 8;
/** The heaviest concepts each get a query of their own. */
const CONCEPT_QUERIES = 8;
/** Candidates kept from all queries together (Meilisearch merges them by weighted score). */
export const CANDIDATE_POOL = 150;
/** An industry match without a shared word ranks below a word match of a heavy concept. */
const INDUSTRY_WEIGHT = 0.4;

/**
 * The federated multi-search of candidate generation (one place: CandidateSearch sends it, the
 * benchmark times it). Meilisearch has no "any of these words" query: the `frequency` strategy
 * only returns documents with the query's rarest word, `last` only those with its first. So:
 * - the heaviest words together with `frequency` (documents sharing many of them),
 * - each of the eight heaviest concepts alone (documents sharing one; Meilisearch's synonyms and
 *   the `last` strategy over the parts it cuts a compound into widen each), weighted by the
 *   concept's weight,
 * - the same industry without words,
 * merged and deduplicated by Meilisearch into one list of the best 150 by weighted score.
 */
export function candidateSearch(
  indexUid: string,
  type: SearchType,
  query: WeightedQuery,
  industryFilter: string | null,
  corpus?: CorpusStats,
  filter: string[] = [],
): FederatedMultiSearchParams {
  const { words, concepts } = candidateQueryWords(query, corpus);
  const common = { indexUid, filter, attributesToRetrieve: RETRIEVED[type] };
  const heaviest = Math.max(0.01, ...concepts.map((c) => c.weight));
  return {
    federation: { limit: CANDIDATE_POOL },
    queries: [
      ...(words
        ? [
            {
              ...common,
              q: words,
              matchingStrategy: 'frequency' as const,
              federationOptions: { weight: 1 },
            },
          ]
        : []),
      ...concepts.map((c) => ({
        ...common,
        q: c.q,
        federationOptions: { weight: 0.5 + (0.5 * c.weight) / heaviest },
      })),
      ...(industryFilter
        ? [
            {
              ...common,
              q: '',
              filter: [...filter, industryFilter],
              federationOptions: { weight: INDUSTRY_WEIGHT },
            },
          ]
        : []),
    ],
  };
}

/**
 * The words sent to Meilisearch. With the `frequency` strategy a word that no document has would
 * be kept to the last and empty the answer, so words the corpus statistics say are nowhere are
 * replaced by their parts found somewhere (a compound indexed before the domain dictionary) or
 * left out of it. The statistics can be minutes old: each heavy concept's own query still asks
 * for it, which finds a profile written since.
 */
export function candidateQueryWords(
  query: WeightedQuery,
  corpus?: CorpusStats,
): { words: string; concepts: { q: string; weight: number }[] } {
  const known = (word: string) => !corpus || (corpus.frequency.get(word) ?? 0) > 0;
  const top = query.concepts.slice(0, QUERY_WORDS);
  const words: string[] = [];
  for (const concept of top) {
    if (known(concept.term)) words.push(concept.term);
    else
      words.push(
        ...concept.forms.filter((f) => f.via === 'part' && known(f.text)).map((f) => f.text),
      );
  }
  const concepts = query.concepts
    .filter((c) => c.known)
    .slice(0, CONCEPT_QUERIES)
    .map((c) => ({ q: c.term, weight: c.weight }));
  return { words: [...new Set(words)].slice(0, QUERY_WORDS).join(' '), concepts };
}
