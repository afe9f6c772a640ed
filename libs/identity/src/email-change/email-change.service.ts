import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import {
  APP_CONFIG,
  type AppConfig,
  type AuthUser,
  DomainError,
  isUniqueViolation,
  OutboxService,
} from '@app/shared';
import { AccountLinkPurpose } from '../account-links/account-link.types';
import { AccountLinks } from '../account-links/account-links';
import type { ClientInfo } from '../auth/auth.service';
import { LiveSessionCache } from '../auth/live-session-cache';
import { LoginRateLimiter } from '../auth/login-rate-limiter';
import { PasswordHasher } from '../auth/password-hasher';
import type { ChangeEmailDto } from '../dto/auth.dto';
import { User } from '../entities/user.entity';
import { AccountNoticeKind, type IdentityEvent } from '../identity-events';

const INVALID_LINK = () =>
  new DomainError(
    'invalid',
    'INVALID_EMAIL_CHANGE_TOKEN',
    'This confirmation link is invalid, expired or already used',
  );

/**
 * Changing the account's address (ADR 0017): the current password, then a link to the new
 * address; following it changes the address, ends every other session and tells the old address.
 */
@Injectable()
export class EmailChangeService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly hasher: PasswordHasher,
    private readonly limiter: LoginRateLimiter,
    private readonly links: AccountLinks,
    private readonly outbox: OutboxService,
    private readonly liveSessions: LiveSessionCache,
  ) {}

  /** Whether the new address is taken is not said here: only its owner learns it, at the link. */
  async request(caller: AuthUser, input: ChangeEmailDto, client: ClientInfo): Promise<void> {
    const user = await this.dataSource.getRepository(User).findOneBy({ id: caller.id });
    if (!user || user.disabledAt) {
      throw new DomainError('unauthenticated', 'SESSION_REVOKED', 'This session has ended');
    }
    const newEmail = input.newEmail.trim().toLowerCase();
    if (newEmail === user.email) {
      const message = 'This is already your address';
      throw new DomainError('invalid', 'SAME_EMAIL', message, [
        { field: 'newEmail', code: 'SAME_EMAIL', message },
      ]);
    }
    await this.limiter.assertAllowed(user.email, client.ip);
    if (!(await this.hasher.verify(user.passwordHash, input.currentPassword))) {
      await this.limiter.recordFailure(user.email, client.ip);
      const message = 'The current password is wrong';
      throw new DomainError('invalid', 'WRONG_CURRENT_PASSWORD', message, [
        { field: 'currentPassword', code: 'WRONG_CURRENT_PASSWORD', message },
      ]);
    }
    await this.limiter.reset(user.email, client.ip);
    await this.dataSource.transaction((m) =>
      this.links.issue(m, {
        purpose: AccountLinkPurpose.ChangeEmail,
        subjectId: user.id,
        userId: user.id,
        email: newEmail,
        locale: user.locale,
        ttlMinutes: this.config.EMAIL_LINK_TTL_HOURS * 60,
        // The session that asked stays logged in; every other one ends at confirmation.
        details: { displayName: user.displayName, sessionId: caller.sessionId },
      }),
    );
  }

  async confirm(secret: unknown): Promise<void> {
    const userId = await this.dataSource.transaction(async (m) => {
      const link = await this.links.consume(m, AccountLinkPurpose.ChangeEmail, secret);
      const user = link?.userId && (await m.findOneBy(User, { id: link.userId }));
      if (!link || !user || user.disabledAt) return null;
      try {
        await m.query(
          `UPDATE users SET email = $2, email_verified_at = now(), updated_at = now() WHERE id = $1`,
          [user.id, link.email],
        );
      } catch (error) {
        if (isUniqueViolation(error)) {
          throw DomainError.conflict('EMAIL_TAKEN', 'Another account uses this address now');
        }
        throw error;
      }
      await m.query(
        `UPDATE auth_sessions SET revoked_at = now(), revoked_reason = 'email_changed'
          WHERE user_id = $1 AND revoked_at IS NULL AND id::text IS DISTINCT FROM $2`,
        [user.id, link.details.sessionId ?? null],
      );
      const notice: IdentityEvent = {
        eventType: 'account.notice',
        aggregateType: 'account_notice',
        aggregateId: link.id,
        aggregateVersion: 1,
        payload: {
          notice: AccountNoticeKind.EmailChanged,
          userId: user.id,
          email: user.email,
          locale: user.locale,
          details: { displayName: user.displayName, newEmail: maskEmail(link.email) },
        },
      };
      await this.outbox.record(m, notice);
      return user.id;
    });
    if (!userId) throw INVALID_LINK();
    await this.liveSessions.revoke({ userId });
  }
}

/** `zh***@example.cn`: enough for the owner to recognise, little for anyone else. */
export function maskEmail(email: string): string {
  const [local, domain] = email.split('@');
  return `${local.slice(0, 2)}***@${domain}`;
}
