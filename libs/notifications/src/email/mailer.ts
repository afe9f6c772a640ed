import { createHash } from 'node:crypto';
import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import { createTransport, type NodemailerError, type Transporter } from 'nodemailer';
import { APP_CONFIG, type AppConfig } from '@app/shared';
import type { RenderedEmail } from './email-templates';

export interface OutgoingEmail extends RenderedEmail {
  to: string;
  /** Unique per (event, recipient, channel): the Message-ID is derived from it. */
  idempotencyKey: string;
  headers?: Record<string, string>;
}

/** The domain of an address like `名字 <noreply@example.cn>` or `noreply@example.cn`. */
export function senderDomain(from: string): string {
  const match = /@([A-Za-z0-9.-]+)>?\s*$/.exec(from.trim());
  return match ? match[1].toLowerCase() : 'chanjiao.local';
}

/**
 * A Message-ID that depends only on the idempotency key, so a resent email (after a crash
 * between sending and recording it) has the same id and mail systems can tell it is one message.
 */
export function messageIdFor(idempotencyKey: string, domain: string): string {
  const hash = createHash('sha256').update(idempotencyKey).digest('hex').slice(0, 40);
  return `<${hash}@${domain}>`;
}

/**
 * True when retrying would be refused again: the server answered 5xx to this message (except
 * 503, a session-state hiccup). Authentication failures are a configuration problem of ours,
 * not the message's, so they are retried like an outage.
 */
export function isPermanentSmtpError(error: unknown): boolean {
  const e = (error ?? {}) as NodemailerError;
  if (e.code === 'EAUTH' || e.code === 'ENOAUTH') return false;
  if (typeof e.permanent === 'boolean') return e.permanent;
  const code = e.responseCode;
  return typeof code === 'number' && code >= 500 && code < 600 && code !== 503;
}

/** A short, single-line description of a send failure for `last_error`. */
export function describeSmtpError(error: unknown): string {
  const e = (error ?? {}) as NodemailerError;
  const parts = [e.code, e.responseCode, e.response ?? e.message].filter(
    (p) => p !== undefined && p !== '',
  );
  return parts.join(' ').replace(/\s+/g, ' ').slice(0, 500) || 'Unknown SMTP error';
}

/** Nodemailer's pooled SMTP transport to SMTP_URL (smtp:// or smtps://, credentials in the URL). */
@Injectable()
export class Mailer implements OnModuleDestroy {
  private readonly transport: Transporter;
  private readonly domain: string;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.transport = createTransport({
      url: config.SMTP_URL,
      pool: true,
      maxConnections: 4,
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 60_000,
    });
    this.domain = senderDomain(config.MAIL_FROM);
  }

  /** Sends one email; resolves to the Message-ID the server accepted. */
  async send(email: OutgoingEmail): Promise<string> {
    const messageId = messageIdFor(email.idempotencyKey, this.domain);
    await this.transport.sendMail({
      from: this.config.MAIL_FROM,
      to: email.to,
      subject: email.subject,
      text: email.text,
      html: email.html,
      messageId,
      headers: email.headers,
    });
    return messageId;
  }

  onModuleDestroy(): void {
    this.transport.close();
  }
}
