import { defineQueue, domainEvents, Queues } from '@app/shared';
import { SEARCH_INDEX_ROUTE, type SearchableEvent } from './search-index.route';

/** The search-index queue carries only the domain events its route accepts. */
export const SEARCH_INDEX_QUEUE = defineQueue(
  Queues.SearchIndex,
  {},
  domainEvents<SearchableEvent>(SEARCH_INDEX_ROUTE),
);
