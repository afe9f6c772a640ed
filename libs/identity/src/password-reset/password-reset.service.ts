import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, IsNull } from 'typeorm';
import { APP_CONFIG, type AppConfig, DomainError, OutboxService } from '@app/shared';
import { LiveSessionCache } from '../auth/live-session-cache';
import { PasswordHasher } from '../auth/password-hasher';
import { EmailRequestRateLimiter } from '../auth/email-request-rate-limiter';
import { hashLinkSecret, isLinkSecret } from '../auth/link-secret';
import { AuthSession } from '../entities/auth-session.entity';
import { PasswordResetToken } from '../entities/password-reset-token.entity';
import { User } from '../entities/user.entity';
import type { IdentityEvent } from '../identity-events';

const INVALID_TOKEN = () =>
  new DomainError(
    'invalid',
    'INVALID_RESET_TOKEN',
    'This password-reset link is invalid, expired or already used',
  );

/**
 * Forgotten passwords (ADR 0013): a request records a pending token and an outbox event for the
 * email, and answers the same way whether or not the address has an account; a confirmation
 * sets the password once and ends every session of the user.
 */
@Injectable()
export class PasswordResetService {
  private readonly logger = new Logger(PasswordResetService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly outbox: OutboxService,
    private readonly hasher: PasswordHasher,
    private readonly limiter: EmailRequestRateLimiter,
    private readonly liveSessions: LiveSessionCache,
  ) {}

  /**
   * Only the rate limit is awaited: the lookup and the writes run after the answer, so known and
   * unknown addresses answer alike and as fast. A request lost to a crash is simply asked again.
   */
  async request(email: string, ip: string): Promise<void> {
    const address = email.trim().toLowerCase();
    await this.limiter.assertAllowed('reset', address, ip);
    void this.record(address).catch((error: Error) =>
      this.logger.error(`Password-reset request not recorded: ${error.message}`),
    );
  }

  /** Revokes the user's earlier requests and records a new one with its event (one transaction). */
  async record(email: string): Promise<string | null> {
    const user = await this.dataSource.getRepository(User).findOneBy({ email });
    if (!user || user.disabledAt) return null;
    return this.dataSource.transaction(async (m) => {
      await m.update(
        PasswordResetToken,
        { userId: user.id, usedAt: IsNull(), revokedAt: IsNull() },
        { revokedAt: () => 'now()' },
      );
      const token = await m.save(PasswordResetToken, {
        userId: user.id,
        tokenHash: null,
        expiresAt: new Date(Date.now() + this.config.PASSWORD_RESET_TTL_MINUTES * 60_000),
      });
      const event: IdentityEvent = {
        eventType: 'user.password_reset_requested',
        aggregateType: 'password_reset',
        aggregateId: token.id,
        aggregateVersion: 1,
        payload: { userId: user.id, tokenId: token.id },
      };
      await this.outbox.record(m, event);
      return token.id;
    });
  }

  /**
   * Sets the new password with a valid token, once; ends every session of the user in the same
   * transaction and then tells every api instance.
   */
  async confirm(secret: string, newPassword: string): Promise<void> {
    if (!isLinkSecret(secret)) throw INVALID_TOKEN();
    const tokenHash = hashLinkSecret(secret);
    const passwordHash = await this.hasher.hash(newPassword);
    const userId = await this.dataSource.transaction(async (m) => {
      const token = await m.findOne(PasswordResetToken, {
        where: { tokenHash },
        lock: { mode: 'pessimistic_write' },
      });
      if (!token || token.usedAt || token.revokedAt || token.expiresAt.getTime() <= Date.now())
        return null;
      const user = await m.findOneBy(User, { id: token.userId });
      if (!user || user.disabledAt) return null;
      await m.update(PasswordResetToken, token.id, { usedAt: () => 'now()' });
      await m.update(
        PasswordResetToken,
        { userId: user.id, usedAt: IsNull(), revokedAt: IsNull() },
        { revokedAt: () => 'now()' },
      );
      // The link reached the address: it is verified, if it was not yet (ADR 0017).
      await m.update(User, user.id, {
        passwordHash,
        emailVerifiedAt: () => 'COALESCE(email_verified_at, now())',
      });
      await m.update(
        AuthSession,
        { userId: user.id, revokedAt: IsNull() },
        { revokedAt: () => 'now()', revokedReason: 'password_reset' },
      );
      return user.id;
    });
    if (!userId) throw INVALID_TOKEN();
    await this.liveSessions.revoke({ userId });
  }
}
