import type { NotificationContent } from '../notification-kinds';

/** One message and everyone it goes to. */
export interface Audience {
  content: NotificationContent;
  /** With the recipient and channel, the idempotency key of each delivery. */
  dedupeKey: string;
  /** People: inbox and email, as their preferences say. */
  userIds: string[];
  /** Organisations: their webhooks subscribed to the kind. */
  organizationIds: string[];
}
