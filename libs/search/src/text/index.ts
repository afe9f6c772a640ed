export { MAX_SEARCH_TERMS_LENGTH, queryTerms, searchTerms } from './segmenter';
export { meiliSynonyms } from './synonyms';
export type { SynonymMap } from './synonyms';
