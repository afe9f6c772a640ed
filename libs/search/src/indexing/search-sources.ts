import type { DynamicModule, ModuleMetadata, Provider, Type } from '@nestjs/common';
import type { SearchType } from '../search-indexes';
import type { SearchDocument } from './search-documents';

/**
 * A context that sits above search (it depends on search, so search cannot read it) and owns a
 * searchable aggregate: it builds that aggregate's public documents itself, and the app that runs
 * the indexer or the reindex plugs it in (`SearchIndexingModule.withSources`). Search owns this
 * port and the index's settings; the source owns what is public.
 */
export interface SearchSource {
  /** The outbox events' aggregate type, e.g. `project`. */
  readonly aggregateType: string;
  /** The index its documents go to. */
  readonly index: SearchType;
  /** Its events that change what is public; the app's relay routes them (searchIndexRoute). */
  readonly events: readonly string[];
  /** Plural, for reindex progress. */
  readonly label: string;
  /** Public documents of these ids; an id missing from the result is removed from the index. */
  documents(ids: readonly string[]): Promise<Map<string, SearchDocument>>;
  /**
   * Ids of its aggregates whose documents show these other aggregates (a partner's name): their
   * documents are rebuilt when those change.
   */
  dependentIds(refs: readonly { type: string; id: string }[]): Promise<string[]>;
  count(): Promise<number>;
  /** Keyset paging in id order, for the reindex. */
  idsAfter(after: string | null, limit: number): Promise<string[]>;
}

export const SEARCH_SOURCES = Symbol('SEARCH_SOURCES');

export interface SearchSourcesOptions {
  /** Modules that provide the sources. */
  imports: NonNullable<ModuleMetadata['imports']>;
  sources: Type<SearchSource>[];
}

/** The SEARCH_SOURCES provider of a module built `withSources`. */
export function withSearchSources(
  module: Type<unknown>,
  { imports, sources }: SearchSourcesOptions,
): DynamicModule {
  const provider: Provider = {
    provide: SEARCH_SOURCES,
    useFactory: (...instances: SearchSource[]) => instances,
    inject: sources,
  };
  return { module, imports, providers: [provider] };
}
