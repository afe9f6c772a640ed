import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '@app/shared';
import { hashLinkSecret, newLinkSecret, resetLink } from '../auth/link-secret';

export interface MintedResetLink {
  link: string;
  expiresAt: Date;
  ttlMinutes: number;
}

/**
 * The email sender's side of a reset (ADR 0013): mints the secret of a pending request at send
 * time and stores only its hash, so the raw token never rests in the outbox, a queue or the
 * email_deliveries table. Each call replaces the previous secret of that request, so after a
 * retried send only the last email's link works.
 */
@Injectable()
export class PasswordResetLinks {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** A fresh link for the request, or null when it is used, revoked or expired. */
  async mint(tokenId: string): Promise<MintedResetLink | null> {
    const secret = newLinkSecret();
    const [rows]: [{ expires_at: Date }[], number] = await this.dataSource.query(
      `UPDATE password_reset_tokens SET token_hash = $2
        WHERE id = $1 AND used_at IS NULL AND revoked_at IS NULL AND expires_at > now()
        RETURNING expires_at`,
      [tokenId, hashLinkSecret(secret)],
    );
    if (!rows[0]) return null;
    return {
      link: resetLink(this.config.PUBLIC_WEB_URL, secret),
      expiresAt: new Date(rows[0].expires_at),
      ttlMinutes: this.config.PASSWORD_RESET_TTL_MINUTES,
    };
  }
}
