import type { MultiSearchParams } from 'meilisearch';
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
const CONCEPT_QUERIES = 6;
/**
 * Hits per query: the words together, each concept alone, the industry. Small pools keep the
 * response light at 60,000 experts; a city has a few dozen colleges, so all of them can come.
 */
const POOLS: Record<'words' | 'concept' | 'industry', number> = {
  words: 60,
  concept: 10,
  industry: 20,
};
const COLLEGE_POOLS: typeof POOLS = { words: 60, concept: 20, industry: 40 };

/**
 * The multi-search of candidate generation (one place: CandidateSearch sends it, the benchmark
 * times it). Meilisearch has no "any of these words" query: the `frequency` strategy only
 * returns documents with the query's rarest word, `last` only those with its first. So:
 * - the heaviest words together with `frequency` (documents sharing many of them),
 * - each of the six heaviest concepts alone (documents sharing one; Meilisearch's synonyms and
 *   the `last` strategy over the parts it cuts a compound into widen each),
 * - the same industry without words.
 * Not federated: Meilisearch's federated merge cost ~5 ms more per request at 60,000 experts
 * (docs/benchmarks.md); the matcher deduplicates and ranks the hits itself anyway.
 */
export function candidateSearch(
  indexUid: string,
  type: SearchType,
  query: WeightedQuery,
  industryFilter: string | null,
  corpus?: CorpusStats,
  filter: string[] = [],
): MultiSearchParams {
  const { words, concepts } = candidateQueryWords(query, corpus);
  const common = { indexUid, filter, attributesToRetrieve: RETRIEVED[type] };
  const pools = type === 'colleges' ? COLLEGE_POOLS : POOLS;
  return {
    queries: [
      ...(words
        ? [{ ...common, q: words, matchingStrategy: 'frequency' as const, limit: pools.words }]
        : []),
      ...concepts.map((c) => ({ ...common, q: c.q, limit: pools.concept })),
      ...(industryFilter
        ? [{ ...common, q: '', filter: [...filter, industryFilter], limit: pools.industry }]
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
