export { type AggregateRef, DocumentLoader } from './indexing/document-loader';
export { SearchIndexer } from './indexing/search-indexer.service';
export {
  type SearchDocument,
  type SearchDocuments,
  epoch,
  type ProjectDocument,
  type StoredDocument,
} from './indexing/search-documents';
export {
  INDEXED_SIGNAL_JOBS,
  SEARCH_INDEXED_JOB,
  type SearchIndexedJob,
  searchIndexedJobId,
} from './indexing/indexed-signal';
export {
  SEARCH_INDEX_ROUTE,
  type SearchableEvent,
  searchIndexRoute,
} from './indexing/search-index.route';
export { SEARCH_SOURCES, type SearchSource } from './indexing/search-sources';
export { SavedSearchAlertsModule, SearchIndexingModule, SearchModule } from './search.module';
export { indexUid, SEARCH_TYPES, type SearchType } from './search-indexes';
export { SearchService } from './query/search.service';
export {
  cutWords,
  isDictionaryWord,
  normalizeText,
  queryTerms,
  searchTerms,
  synonymsOf,
  wordParts,
} from './text';
export { SavedSearch } from './saved-searches/saved-search.entity';
export {
  SAVED_SEARCH_FILTER_KEYS,
  type SavedSearchFilters,
} from './saved-searches/saved-search-filters';
export { type SavedSearchView } from './saved-searches/saved-search.view';
export { SavedSearchesService } from './saved-searches/saved-searches.service';
export { SavedSearchAlerts, type SavedSearchHit } from './saved-searches/saved-search-alerts';
export { SearchReindexModule } from './reindex/search-reindex.module';
export {
  type ReindexOptions,
  type ReindexProgress,
  type ReindexSummary,
  SearchReindexer,
} from './reindex/search-reindexer.service';
