import type { ModuleMetadata, Type } from '@nestjs/common';
import { NOTIFICATIONS_ROUTE } from '@app/notifications';
import { PROJECT_SEARCH_EVENTS, ProjectSearchModule, ProjectSearchSource } from '@app/programmes';
import { type SearchSource, searchIndexRoute } from '@app/search';

/**
 * The searchable aggregates of contexts above search (they depend on it, so it cannot read
 * them): the worker indexes them and the CLI's reindex rebuilds them.
 */
export const SEARCH_SOURCES_OPTIONS: {
  imports: NonNullable<ModuleMetadata['imports']>;
  sources: Type<SearchSource>[];
} = { imports: [ProjectSearchModule], sources: [ProjectSearchSource] };

/**
 * The consumers the outbox relay serves. The pruning (worker and `cli prune`) keeps an event
 * until each of them that keeps receipts has handled it, so both read this one list.
 */
export const RELAYED_ROUTES = [searchIndexRoute(PROJECT_SEARCH_EVENTS), NOTIFICATIONS_ROUTE];
