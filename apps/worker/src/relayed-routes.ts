import { NOTIFICATIONS_ROUTE } from '@app/notifications';
import { SEARCH_INDEX_ROUTE } from '@app/search';

/**
 * The consumers the outbox relay serves. The pruning (worker and `cli prune`) keeps an event
 * until each of them that keeps receipts has handled it, so both read this one list.
 */
export const RELAYED_ROUTES = [SEARCH_INDEX_ROUTE, NOTIFICATIONS_ROUTE];
