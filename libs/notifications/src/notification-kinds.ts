/**
 * What people can be told about. Each kind names who it is addressed to; the same names are the
 * webhook event types an organisation subscribes to and the keys of a user's preferences.
 */
export const NotificationKinds = {
  /** A newly published demand fits an expert or a college (from the matching engine). */
  DemandMatched: 'demand.matched',
  /** An expert or college expressed interest in the enterprise's demand. */
  InterestReceived: 'interest.received',
  /** The enterprise invited an expert or college to its demand. */
  InvitationReceived: 'invitation.received',
  /** Both sides agreed: contacts are now visible. */
  MatchConnected: 'match.connected',
  /** The other side declined, with a reason. */
  MatchDeclined: 'match.declined',
  /** The initiator took back an interest or invitation. */
  MatchWithdrawn: 'match.withdrawn',
  OrganizationVerified: 'organization.verified',
  OrganizationRejected: 'organization.rejected',
  /** A new posting matches a user's saved search. */
  SavedSearchAlert: 'saved_search.alert',
  /** The owner's demand closes soon. */
  DeadlineApproaching: 'demand.deadline_approaching',
  /** The other side of a conversation wrote a message (the sender is not told). */
  MessageReceived: 'conversation.message_received',
  /** A milestone of a cooperation project passed its due date (its owner and the partners). */
  MilestoneOverdue: 'milestone.overdue',
  /** An enterprise–college partnership stalled (both sides' members and their districts' operators). */
  PartnershipStalled: 'partnership.stalled',
  /**
   * One side reported figures the recipient's side is to confirm: a project outcome (the other
   * partners) or a teacher's practice days on the enterprise's R&D demand (the enterprise).
   */
  ConfirmationRequested: 'confirmation.requested',
} as const;

export type NotificationKind = (typeof NotificationKinds)[keyof typeof NotificationKinds];

export const NOTIFICATION_KINDS: readonly NotificationKind[] = Object.values(NotificationKinds);

/**
 * Kinds that concern an organisation as such, and so may be sent to its webhooks. Messages stay
 * between the people of a conversation: they never leave the platform through a webhook.
 */
export const ORGANIZATION_KINDS: readonly NotificationKind[] = NOTIFICATION_KINDS.filter(
  (k) => k !== NotificationKinds.SavedSearchAlert && k !== NotificationKinds.MessageReceived,
);

export function isNotificationKind(value: string): value is NotificationKind {
  return (NOTIFICATION_KINDS as readonly string[]).includes(value);
}

export type Locale = 'zh-CN' | 'en';

export interface LocalizedText {
  'zh-CN': string;
  en: string;
}

/** What a notification says, in both languages, and what it points at. */
export interface NotificationContent {
  kind: NotificationKind;
  title: LocalizedText;
  body: LocalizedText;
  /** The resource to open, e.g. `{ type: 'demand', id }` → /demands/:id in the console. */
  link: {
    type:
      | 'demand'
      | 'match'
      | 'offer_interest'
      | 'organization'
      | 'saved_search'
      | 'conversation'
      | 'project'
      | 'practice_log';
    id: string;
  } | null;
  /** Identifiers and plain values only (no contact details): also the webhook payload's data. */
  data: Record<string, unknown>;
  /** The domain event it comes from (outbox id), if any. */
  sourceEventId: string | null;
  occurredAt: string;
}
