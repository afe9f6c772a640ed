import type { MultiSearchQuery } from 'meilisearch';
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
/** Hits per query. The words query is the main source; the others add what it cannot find. */
const WORDS_POOL = 100;
const FORMS_POOL = 50;
const INDUSTRY_POOL = 40;
/** The heaviest concepts also get a small query each (see candidateQueryWords). */
const SINGLE_WORD_QUERIES = 3;
const SINGLE_WORD_POOL = 20;

/**
 * The multi-search of candidate generation (one place: CandidateSearch sends it, the benchmark
 * times it): the query's heaviest words with Meilisearch's `frequency` strategy (it drops the
 * most common words first, so a candidate with the one rare word stays in), their synonyms and
 * compound parts, a small query for each of the three heaviest words, and the same industry
 * without words.
 */
export function candidateQueries(
  indexUid: string,
  type: SearchType,
  query: WeightedQuery,
  industryFilter: string | null,
  corpus?: CorpusStats,
  filter: string[] = [],
): MultiSearchQuery[] {
  const { words, forms, singles } = candidateQueryWords(query, corpus);
  const common = { indexUid, filter, attributesToRetrieve: RETRIEVED[type] };
  return [
    ...(words
      ? [{ ...common, q: words, matchingStrategy: 'frequency' as const, limit: WORDS_POOL }]
      : []),
    ...(forms
      ? [{ ...common, q: forms, matchingStrategy: 'frequency' as const, limit: FORMS_POOL }]
      : []),
    ...singles.map((q) => ({ ...common, q, limit: SINGLE_WORD_POOL })),
    ...(industryFilter
      ? [{ ...common, q: '', filter: [...filter, industryFilter], limit: INDUSTRY_POOL }]
      : []),
  ];
}

/**
 * The words sent to Meilisearch. With the `frequency` strategy a word that no document has would
 * be kept to the last and empty the answer, so words the corpus statistics say are nowhere are
 * replaced by their parts found somewhere (a compound indexed before the domain dictionary) or
 * left out. The statistics can be minutes old: the heaviest words also get a query of their own,
 * which finds a profile written since.
 */
export function candidateQueryWords(
  query: WeightedQuery,
  corpus?: CorpusStats,
): { words: string; forms: string; singles: string[] } {
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
  const main = [...new Set(words)].slice(0, QUERY_WORDS);
  const seen = new Set(main);
  const forms: string[] = [];
  for (const concept of top) {
    for (const form of concept.forms) {
      if (seen.has(form.text) || !known(form.text) || forms.length >= QUERY_WORDS) continue;
      seen.add(form.text);
      forms.push(form.text);
    }
  }
  const singles = top.slice(0, SINGLE_WORD_QUERIES).map((c) => c.term);
  return { words: main.join(' '), forms: forms.join(' '), singles };
}
