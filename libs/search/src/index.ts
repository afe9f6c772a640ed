export { type AggregateRef, DocumentLoader } from './indexing/document-loader';
export { SearchIndexer } from './indexing/search-indexer.service';
export { SearchIndexingModule, SearchModule } from './search.module';
export { indexUid, SEARCH_TYPES, type SearchType } from './search-indexes';
export { SearchService } from './query/search.service';
export { queryTerms } from './text';
