import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { IdentityEvent } from '@app/identity';
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

/**
 * Account emails (ADR 0013): sent to the account whatever its notification preferences say (no
 * digest, no quiet hours, no opt-out), never shown in the inbox or sent to webhooks.
 */
@Injectable()
export class AccountEmails {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly email: EmailOutbox,
  ) {}

  /** One email per event and account (idempotent), with the event's receipt; queued after commit. */
  async passwordReset(event: DomainEventMessage<IdentityEvent>): Promise<{ audiences: number }> {
    const { userId, tokenId } = event.payload;
    const content: PasswordResetContent = { kind: PASSWORD_RESET_KIND, tokenId };
    const ids = await this.dataSource.transaction(async (m) => {
      const rows: { id: string }[] = await m.query(
        `INSERT INTO email_deliveries (user_id, idempotency_key, kind, content, status, not_before)
         SELECT u.id, $2, $3, $4::jsonb, $5, now() FROM users u
          WHERE u.id = $1 AND u.disabled_at IS NULL
         ON CONFLICT (idempotency_key) DO NOTHING
         RETURNING id`,
        [
          userId,
          `${event.eventId}:email:${userId}`,
          PASSWORD_RESET_KIND,
          JSON.stringify(content),
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
