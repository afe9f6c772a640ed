import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig, DomainError, OutboxService } from '@app/shared';
import { AccountLinkPurpose } from '../account-links/account-link.types';
import { AccountLinks } from '../account-links/account-links';
import { type ClientInfo, AuthService } from '../auth/auth.service';
import { EmailRequestRateLimiter } from '../auth/email-request-rate-limiter';
import { PasswordHasher } from '../auth/password-hasher';
import type { AuthResultDto, RegisterDto } from '../dto/auth.dto';
import { User } from '../entities/user.entity';
import { AccountNoticeKind, type IdentityEvent } from '../identity-events';

const INVALID_LINK = () =>
  new DomainError(
    'invalid',
    'INVALID_VERIFICATION_TOKEN',
    'This verification link is invalid, expired or already used',
  );

/**
 * Sign-up with e-mail verification (ADR 0017). Every sign-up answers alike, so the form tells
 * nobody whether an address has an account: a new address gets an account waiting for its
 * verification link, an unverified one gets a fresh link, a verified one gets a notice that
 * someone tried (with the way to log in or reset the password).
 */
@Injectable()
export class RegistrationService {
  private readonly logger = new Logger(RegistrationService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly hasher: PasswordHasher,
    private readonly limiter: EmailRequestRateLimiter,
    private readonly links: AccountLinks,
    private readonly outbox: OutboxService,
    private readonly auth: AuthService,
  ) {}

  /** The password is hashed whatever happens next, so both answers take as long. */
  async register(input: RegisterDto, client: ClientInfo): Promise<void> {
    const email = input.email.trim().toLowerCase();
    await this.limiter.assertAllowed('signup', email, client.ip);
    const passwordHash = await this.hasher.hash(input.password);
    await this.dataSource.transaction(async (m) => {
      const inserted: { id: string }[] = await m.query(
        `INSERT INTO users (email, password_hash, display_name, role, locale)
         VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (email) DO NOTHING RETURNING id`,
        [email, passwordHash, input.displayName, input.role, input.locale ?? 'zh-CN'],
      );
      const user = await m.findOneBy(User, { email });
      if (!user || user.disabledAt) return;
      if (inserted.length > 0 || !user.emailVerifiedAt) {
        await this.issueVerification(m, user);
        return;
      }
      const event: IdentityEvent = {
        eventType: 'account.notice',
        aggregateType: 'account_notice',
        aggregateId: randomUUID(),
        aggregateVersion: 1,
        payload: {
          notice: AccountNoticeKind.AlreadyRegistered,
          userId: user.id,
          email: user.email,
          locale: user.locale,
          details: { displayName: user.displayName },
        },
      };
      await this.outbox.record(m, event);
    });
  }

  /** Another link for an unverified account; answers alike for any address (after the limit). */
  async resend(email: string, ip: string): Promise<void> {
    const address = email.trim().toLowerCase();
    await this.limiter.assertAllowed('verification', address, ip);
    await this.dataSource.transaction(async (m) => {
      const user = await m.findOneBy(User, { email: address });
      if (user && !user.disabledAt && !user.emailVerifiedAt) await this.issueVerification(m, user);
    });
  }

  /** The link proves the address: the account is verified and logged in. */
  async verify(secret: unknown, client: ClientInfo): Promise<AuthResultDto> {
    const user = await this.dataSource.transaction(async (m) => {
      const link = await this.links.consume(m, AccountLinkPurpose.VerifyEmail, secret);
      const owner = link?.userId && (await m.findOneBy(User, { id: link.userId }));
      // A link sent before the address changed proves nothing about the new one.
      if (!link || !owner || owner.disabledAt || owner.email !== link.email) return null;
      if (!owner.emailVerifiedAt) {
        await m.update(User, owner.id, { emailVerifiedAt: () => 'now()' });
      }
      return owner;
    });
    if (!user) throw INVALID_LINK();
    return this.auth.logIn(user, client);
  }

  private async issueVerification(m: EntityManager, user: User): Promise<void> {
    await this.links.issue(m, {
      purpose: AccountLinkPurpose.VerifyEmail,
      subjectId: user.id,
      userId: user.id,
      email: user.email,
      locale: user.locale,
      ttlMinutes: this.config.EMAIL_LINK_TTL_HOURS * 60,
      details: { displayName: user.displayName },
    });
    this.logger.debug(`Verification link issued for user ${user.id}`);
  }
}
