export { normalizeText } from './normalize';
export {
  cutWords,
  isDictionaryWord,
  MAX_SEARCH_TERMS_LENGTH,
  queryTerms,
  searchTerms,
  wordParts,
} from './segmenter';
export { meiliSynonyms, synonymsOf } from './synonyms';
export type { SynonymMap } from './synonyms';
