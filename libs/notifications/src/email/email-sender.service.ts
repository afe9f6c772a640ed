import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AccountLinks, PasswordResetLinks, UserDirectory } from '@app/identity';
import { APP_CONFIG, type AppConfig } from '@app/shared';
import type { NotificationContent } from '../notification-kinds';
import { NotificationPreferences } from '../preferences/notification-preferences.service';
import { DIGEST_KIND, type DigestContent, EmailStatus } from './email-delivery.entity';
import {
  type AccountEmailContent,
  type AccountLinkContent,
  type AccountNoticeContent,
  isAccountEmailKind,
  PASSWORD_RESET_KIND,
  type PasswordResetContent,
} from './account-emails';
import { renderAccountLink, renderAccountNotice } from './account-email-templates';
import { EMAIL_MAX_ATTEMPTS } from './email-jobs';
import {
  type RenderedEmail,
  renderDigest,
  renderNotification,
  renderPasswordReset,
  WEB_PATHS,
  webUrl,
} from './email-templates';
import { describeSmtpError, isPermanentSmtpError, Mailer } from './mailer';

interface ClaimedRow {
  id: string;
  user_id: string | null;
  to_address: string | null;
  idempotency_key: string;
  kind: string;
  content: NotificationContent | DigestContent | AccountEmailContent;
  attempts: number;
}

interface Recipient {
  email: string;
  locale: 'zh-CN' | 'en';
}

export type DeliveryOutcome = 'sent' | 'dead' | 'skipped' | 'noop';

const FINAL = [EmailStatus.Sent, EmailStatus.Dead, EmailStatus.Skipped];

/**
 * Sends one delivery: claims the row (only one sender at a time), renders it in the recipient's
 * language, sends it and records the outcome. Transient failures throw (BullMQ retries with
 * backoff); a permanent rejection or the last attempt makes the delivery dead.
 */
@Injectable()
export class EmailSender {
  private readonly logger = new Logger(EmailSender.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly mailer: Mailer,
    private readonly users: UserDirectory,
    private readonly preferences: NotificationPreferences,
    private readonly resetLinks: PasswordResetLinks,
    private readonly accountLinks: AccountLinks,
  ) {}

  async deliver(id: string, options: { finalAttempt: boolean }): Promise<DeliveryOutcome> {
    const row = await this.claim(id);
    if (!row) return this.notClaimed(id);

    const recipient = await this.recipient(row);
    if (!recipient) {
      return this.finish(row, EmailStatus.Skipped, 'The account is disabled or has no address');
    }
    let email: RenderedEmail | null;
    try {
      email = await this.render(row, recipient.locale);
    } catch (error) {
      return this.finish(row, EmailStatus.Dead, `Cannot render: ${(error as Error).message}`);
    }
    if (!email) return this.finish(row, EmailStatus.Skipped, 'Nothing to send');

    let messageId: string;
    try {
      messageId = await this.mailer.send({
        ...email,
        to: recipient.email,
        idempotencyKey: row.idempotency_key,
        headers: {
          // Account emails cannot be unsubscribed from (ADR 0013).
          ...(isAccountEmailKind(row.kind)
            ? {}
            : {
                'List-Unsubscribe': `<${webUrl(this.config.PUBLIC_WEB_URL, WEB_PATHS.preferences)}>`,
              }),
          'Auto-Submitted': 'auto-generated',
          'X-Chanjiao-Kind': row.kind,
        },
      });
    } catch (error) {
      const reason = describeSmtpError(error);
      if (
        isPermanentSmtpError(error) ||
        row.attempts >= EMAIL_MAX_ATTEMPTS ||
        options.finalAttempt
      ) {
        this.logger.warn(`Email ${id} is dead after ${row.attempts} attempt(s): ${reason}`);
        return this.finish(row, EmailStatus.Dead, reason);
      }
      await this.finish(row, EmailStatus.Failed, reason);
      throw new Error(`Email ${id} not sent (attempt ${row.attempts}): ${reason}`, {
        cause: error,
      });
    }
    return this.finish(row, EmailStatus.Sent, null, messageId);
  }

  /** pending or failed (or an interrupted send) → sending, one attempt more; null if not ours. */
  private async claim(id: string): Promise<ClaimedRow | null> {
    // TypeORM answers an UPDATE with [rows, affected].
    const [rows]: [ClaimedRow[], number] = await this.dataSource.query(
      `UPDATE email_deliveries SET status = 'sending', attempts = attempts + 1, updated_at = now()
        WHERE id = $1 AND status IN ('pending', 'failed')
        RETURNING id, user_id, to_address, idempotency_key, kind, content, attempts`,
      [id],
    );
    return rows[0] ?? null;
  }

  /** Already done (or gone) is a no-op; another worker still sending is retried later. */
  private async notClaimed(id: string): Promise<DeliveryOutcome> {
    const rows: { status: EmailStatus }[] = await this.dataSource.query(
      'SELECT status FROM email_deliveries WHERE id = $1',
      [id],
    );
    const status = rows[0]?.status;
    if (status === EmailStatus.Sending) {
      throw new Error(`Email ${id} is being sent by another worker; will look again`);
    }
    return 'noop';
  }

  /**
   * The address from identity's port, or the delivery's own (ADR 0017); the language as the
   * preferences resolve it, or as the account email says for a bare address.
   */
  private async recipient(row: ClaimedRow): Promise<Recipient | null> {
    if (row.to_address) {
      const content = row.content as AccountLinkContent | AccountNoticeContent;
      if (row.user_id) {
        const user = await this.users.byId(row.user_id);
        if (!user || user.disabledAt) return null;
      }
      return { email: row.to_address, locale: content.locale === 'en' ? 'en' : 'zh-CN' };
    }
    if (!row.user_id) return null;
    const userId = row.user_id;
    const [user, settings] = await Promise.all([
      this.users.byId(userId),
      this.preferences.deliverySettings([userId]),
    ]);
    const locale = settings.get(userId)?.locale;
    if (!user || user.disabledAt || !user.email || !locale) return null;
    return { email: user.email, locale };
  }

  private async render(row: ClaimedRow, locale: 'zh-CN' | 'en'): Promise<RenderedEmail | null> {
    const options = { webUrl: this.config.PUBLIC_WEB_URL };
    if (row.kind === PASSWORD_RESET_KIND) {
      // Minted now, so the secret is only ever in the email; null once used, revoked or expired.
      const minted = await this.resetLinks.mint((row.content as PasswordResetContent).tokenId);
      return minted && renderPasswordReset(locale, minted.link, minted.ttlMinutes);
    }
    if (row.kind.startsWith('account.link.')) {
      const minted = await this.accountLinks.mint((row.content as AccountLinkContent).linkId);
      return minted && renderAccountLink(locale, minted);
    }
    if (row.kind.startsWith('account.notice.')) {
      return renderAccountNotice(locale, row.content as AccountNoticeContent, options);
    }
    if (row.kind === DIGEST_KIND) {
      const items: { content: NotificationContent }[] = await this.dataSource.query(
        `SELECT content FROM email_deliveries WHERE digest_id = $1 ORDER BY created_at, id`,
        [row.id],
      );
      if (items.length === 0) return null;
      items.forEach((item) => assertContent(item.content));
      const { date } = row.content as DigestContent;
      return renderDigest(
        items.map((item) => item.content),
        locale,
        date,
        options,
      );
    }
    const content = row.content as NotificationContent;
    assertContent(content);
    return renderNotification(content, locale, options);
  }

  private async finish(
    row: ClaimedRow,
    status: EmailStatus,
    error: string | null,
    messageId: string | null = null,
  ): Promise<DeliveryOutcome> {
    await this.dataSource.transaction(async (m) => {
      await m.query(
        `UPDATE email_deliveries
            SET status = $2::text, last_error = $3, message_id = COALESCE($4, message_id),
                sent_at = CASE WHEN $2::text = 'sent' THEN now() ELSE sent_at END, updated_at = now()
          WHERE id = $1`,
        [row.id, status, error, messageId],
      );
      // The notifications folded into a digest share its fate once it has one.
      if (row.kind === DIGEST_KIND && FINAL.includes(status)) {
        await m.query(
          `UPDATE email_deliveries
              SET status = $2::text, sent_at = CASE WHEN $2::text = 'sent' THEN now() ELSE sent_at END,
                  updated_at = now()
            WHERE digest_id = $1`,
          [row.id, status],
        );
      }
    });
    return status === EmailStatus.Failed ? 'noop' : (status as DeliveryOutcome);
  }
}

function assertContent(content: NotificationContent | null | undefined): void {
  if (!content?.title?.['zh-CN'] && !content?.title?.en) {
    throw new Error('The notification has no title');
  }
}
