import type { EntityManager } from 'typeorm';
import type { NotificationContent, NotificationKind } from './notification-kinds';

/**
 * The contracts between the fan-out (who is told what) and the delivery channels. A channel
 * records deliveries inside the fan-out's transaction (so nothing is lost between PostgreSQL and
 * Redis), queues them after the commit, and can re-queue whatever is undelivered after Redis lost
 * its data. `idempotencyKey` is unique per (event, recipient, channel): recording the same key
 * twice records one delivery.
 */
export interface DeliveryChannel<Request> {
  /** Inside the fan-out transaction. Returns ids of newly recorded deliveries to queue. */
  record(manager: EntityManager, requests: Request[]): Promise<string[]>;
  /** After commit. Never throws: what fails to queue is re-queued by `requeuePending`. */
  dispatch(ids: string[]): Promise<void>;
  /** Re-queues every delivery that is neither delivered nor dead; returns how many. */
  requeuePending(): Promise<number>;
}

export interface EmailRequest {
  userId: string;
  content: NotificationContent;
  idempotencyKey: string;
}

export interface WebhookRequest {
  organizationId: string;
  content: NotificationContent;
  idempotencyKey: string;
}

/** Which channels each user wants for one kind (preferences, with defaults for the rest). */
export interface ChannelChoice {
  inApp: boolean;
  email: boolean;
}

export interface PreferencesReader {
  channelsFor(userIds: string[], kind: NotificationKind): Promise<Map<string, ChannelChoice>>;
}
