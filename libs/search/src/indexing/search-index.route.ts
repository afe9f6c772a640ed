import type { DemandEvent, OfferEvent } from '@app/demands';
import type { ExpertEvent } from '@app/experts';
import type { OrganizationEvent } from '@app/organizations';
import { CAPPED_BACKOFF, type EventRoute, eventRoute, Queues } from '@app/shared';

/** Events of the aggregates whose public state is searchable. */
export type SearchableEvent = OrganizationEvent | ExpertEvent | DemandEvent | OfferEvent;

/**
 * The search index's subscription. Every event re-reads its aggregate's current state, so each
 * one that changes what is public is handled.
 */
export const SEARCH_INDEX_ROUTE = eventRoute<SearchableEvent>({
  queue: Queues.SearchIndex,
  events: {
    'organization.registered': true,
    'organization.updated': true,
    'organization.verified': true,
    'organization.rejected': true,
    'expert.registered': true,
    'expert.updated': true,
    'demand.published': true,
    'demand.updated': true,
    'demand.closed': true,
    'offer.published': true,
    'offer.updated': true,
  },
  receipts: true,
  // Meilisearch may be away for a while: retry about once a minute for ~16 h.
  jobOptions: { attempts: 1000, backoff: { type: CAPPED_BACKOFF } },
});

/**
 * The subscription widened by the events of plugged-in sources (SearchSource.events): the relay
 * of an app that indexes them hands those to this queue too.
 */
export function searchIndexRoute(sourceEvents: readonly string[]): EventRoute {
  const extra = new Set(sourceEvents);
  return {
    ...SEARCH_INDEX_ROUTE,
    accepts: (type) => SEARCH_INDEX_ROUTE.accepts(type) || extra.has(type),
  };
}
