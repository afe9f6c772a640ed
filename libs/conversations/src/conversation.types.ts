/** The conversations' enums, apart from the entities: importing them pulls no TypeORM. */

/** What a thread is about. Each type has a SubjectResolver (subjects/). */
export enum SubjectType {
  Connection = 'connection',
  OfferInterest = 'offer_interest',
}

export enum ReportStatus {
  Open = 'open',
  /** An admin acted on it (talked to the sender, removed the account…). */
  Resolved = 'resolved',
  /** An admin found nothing wrong. */
  Dismissed = 'dismissed',
}

/** Message text: trimmed, 1 to 4,000 characters. */
export const MESSAGE_MAX_LENGTH = 4000;
/** Attachments: at most this many per message, each at most MAX_ATTACHMENT_BYTES. */
export const MAX_ATTACHMENTS = 5;
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

/** Where the API is mounted (links in views). */
export const API_PATH = '/api/v1';
