export { domainDictionary } from './dictionary';
export {
  cutWords,
  isDictionaryWord,
  MAX_SEARCH_TERMS_LENGTH,
  normalizeText,
  queryTerms,
  searchTerms,
  wordParts,
} from './segmenter';
export { meiliSynonyms, synonymsOf } from './synonyms';
export type { SynonymMap } from './synonyms';
