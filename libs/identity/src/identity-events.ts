import type { DomainEvent } from '@app/shared';

/** Someone asked to reset the password of an existing, enabled account (ADR 0013). */
export interface PasswordResetRequestedPayload {
  userId: string;
  /** The password_reset_tokens row; the secret itself is minted when the email is sent. */
  tokenId: string;
}

/** Identity's domain events; each reset request is its own aggregate (version 1). */
export type IdentityEvent = DomainEvent<
  'user.password_reset_requested',
  PasswordResetRequestedPayload,
  'password_reset'
>;
