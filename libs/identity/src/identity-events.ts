import type { DomainEvent } from '@app/shared';
import type { AccountLinkDetails, AccountLinkPurpose } from './account-links/account-link.types';
import type { Locale } from './entities/user.types';

/** Someone asked to reset the password of an existing, enabled account (ADR 0013). */
export interface PasswordResetRequestedPayload {
  userId: string;
  /** The password_reset_tokens row; the secret itself is minted when the email is sent. */
  tokenId: string;
}

/** A single-use link is to be emailed (ADR 0017); its secret is minted when the email is sent. */
export interface AccountLinkIssuedPayload {
  linkId: string;
  purpose: AccountLinkPurpose;
  userId: string | null;
  email: string;
  locale: Locale;
  details: AccountLinkDetails;
}

/** Security notices about an account, sent whatever the preferences (no link in them). */
export enum AccountNoticeKind {
  /** Someone tried to sign up with an address that already has a verified account. */
  AlreadyRegistered = 'already_registered',
  /** Sent to the old address when the account's address changed. */
  EmailChanged = 'email_changed',
}

export interface AccountNoticePayload {
  notice: AccountNoticeKind;
  userId: string;
  /** Where to send it (for EmailChanged: the old address, which the account no longer has). */
  email: string;
  locale: Locale;
  details: AccountLinkDetails;
}

/** Identity's domain events; each reset request, link and notice is its own aggregate (version 1). */
export type IdentityEvent =
  | DomainEvent<'user.password_reset_requested', PasswordResetRequestedPayload, 'password_reset'>
  | DomainEvent<'account.link_issued', AccountLinkIssuedPayload, 'account_link'>
  | DomainEvent<'account.notice', AccountNoticePayload, 'account_notice'>;
