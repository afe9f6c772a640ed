import { defineQueue, domainEvents, Queues } from '@app/shared';
import { searchIndexRoute, type SearchableEvent } from './search-index.route';

/** The search-index queue carries only the domain events its route accepts. */
export const searchIndexQueue = (sourceEvents: readonly string[]) =>
  defineQueue(
    Queues.SearchIndex,
    {},
    domainEvents<SearchableEvent>(searchIndexRoute(sourceEvents)),
  );

export type SearchIndexQueue = ReturnType<typeof searchIndexQueue>;
