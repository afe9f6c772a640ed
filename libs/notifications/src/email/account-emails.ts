import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type {
  AccountLinkDetails,
  AccountLinkPurpose,
  AccountNoticeKind,
  IdentityEvent,
  Locale,
} from '@app/identity';
import { type DomainEventMessage, Queues, recordReceipts } from '@app/shared';
import { EmailStatus } from './email-delivery.entity';
import { EmailOutbox } from './email-outbox.service';

/** The `kind` of a password-reset email. */
export const PASSWORD_RESET_KIND = 'account.password_reset';

/**
 * What a password-reset delivery's `content` holds: the request only. The link is minted when
 * the email is sent (ADR 0013), so no secret rests in email_deliveries.
 */
export interface PasswordResetContent {
  kind: typeof PASSWORD_RESET_KIND;
  tokenId: string;
}

/** `account.link.<purpose>`: a verification, e-mail change, claim or invitation link (ADR 0017). */
export interface AccountLinkContent {
  kind: `account.link.${AccountLinkPurpose}`;
  linkId: string;
  purpose: AccountLinkPurpose;
  /** Address-only recipients have no account to take a language from. */
  locale: Locale;
  details: AccountLinkDetails;
}

export interface AccountNoticeContent {
  kind: `account.notice.${AccountNoticeKind}`;
  notice: AccountNoticeKind;
  locale: Locale;
  details: AccountLinkDetails;
}

export type AccountEmailContent = PasswordResetContent | AccountLinkContent | AccountNoticeContent;

export const isAccountEmailKind = (kind: string) => kind.startsWith('account.');

/** Events that are account emails rather than notifications. */
export function isAccountEmail(
  event: DomainEventMessage,
): event is DomainEventMessage<IdentityEvent> {
  return ['password_reset', 'account_link', 'account_notice'].includes(event.aggregateType);
}

interface Delivery {
  userId: string | null;
  toAddress: string | null;
  content: AccountEmailContent;
}

/**
 * Account emails (ADR 0013, 0015): sent whatever the notification preferences say (no digest,
 * no quiet hours, no opt-out), never shown in the inbox or sent to webhooks. Some go to an
 * address rather than an account: an invitation or claim to someone without one yet, an
 * e-mail change link to the new address, a notice to the old one.
 */
@Injectable()
export class AccountEmails {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly email: EmailOutbox,
  ) {}

  /** One email per event (idempotent), with the event's receipt; queued after commit. */
  async send(event: DomainEventMessage<IdentityEvent>): Promise<{ audiences: number }> {
    const delivery = deliveryOf(event);
    const ids = await this.dataSource.transaction(async (m) => {
      // An account email to a disabled account is not written; one to a bare address always is.
      const rows: { id: string }[] = await m.query(
        `INSERT INTO email_deliveries
                (user_id, to_address, idempotency_key, kind, content, status, not_before)
         SELECT $1::uuid, $2::varchar, $3, $4, $5::jsonb, $6, now()
          WHERE $1::uuid IS NULL
             OR EXISTS (SELECT 1 FROM users u WHERE u.id = $1::uuid AND u.disabled_at IS NULL)
         ON CONFLICT (idempotency_key) DO NOTHING
         RETURNING id`,
        [
          delivery.userId,
          delivery.toAddress,
          `${event.eventId}:email:${delivery.userId ?? delivery.toAddress}`,
          delivery.content.kind,
          JSON.stringify(delivery.content),
          EmailStatus.Pending,
        ],
      );
      await recordReceipts(m, Queues.Notifications, [event.eventId]);
      return rows.map((row) => row.id);
    });
    await this.email.dispatch(ids);
    return { audiences: ids.length };
  }
}

function deliveryOf(event: IdentityEvent): Delivery {
  switch (event.eventType) {
    case 'user.password_reset_requested':
      return {
        userId: event.payload.userId,
        toAddress: null,
        content: { kind: PASSWORD_RESET_KIND, tokenId: event.payload.tokenId },
      };
    case 'account.link_issued': {
      const { linkId, purpose, userId, email, locale, details } = event.payload;
      return {
        userId,
        toAddress: email,
        content: { kind: `account.link.${purpose}`, linkId, purpose, locale, details },
      };
    }
    case 'account.notice': {
      const { notice, userId, email, locale, details } = event.payload;
      return {
        userId,
        toAddress: email,
        content: { kind: `account.notice.${notice}`, notice, locale, details },
      };
    }
  }
}
