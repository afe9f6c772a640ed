import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, type EntityManager } from 'typeorm';
import { type AuthUser, DomainError, isUniqueViolation } from '@app/shared';
import type { ChangePasswordDto, LoginDto, UserDto } from '../dto/auth.dto';
import { AuthSession } from '../entities/auth-session.entity';
import { RefreshToken } from '../entities/refresh-token.entity';
import { User } from '../entities/user.entity';
import { LiveSessionCache } from './live-session-cache';
import { LoginRateLimiter } from './login-rate-limiter';
import { PasswordHasher } from './password-hasher';
import { type TokenPair, TokenService } from './token.service';

const INVALID_REFRESH = () =>
  new DomainError(
    'unauthenticated',
    'INVALID_REFRESH_TOKEN',
    'The refresh token is invalid or expired',
  );

export interface ClientInfo {
  ip: string;
  userAgent?: string;
}

/** Accounts and sessions: sign-up, login, refresh-token rotation with reuse detection, logout. */
@Injectable()
export class AuthService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly hasher: PasswordHasher,
    private readonly tokens: TokenService,
    private readonly limiter: LoginRateLimiter,
    private readonly liveSessions: LiveSessionCache,
  ) {}

  /**
   * Creates an account whose address is already proven or vouched for: admins by the CLI, the
   * demo seed, and accounts made from a claim or invitation link (ADR 0017). Sign-up goes
   * through RegistrationService instead. Runs in the caller's transaction when given one.
   */
  async createUser(
    input: Pick<User, 'email' | 'displayName' | 'role' | 'locale'> & { password: string },
    manager: EntityManager = this.dataSource.manager,
  ) {
    const passwordHash = await this.hasher.hash(input.password);
    try {
      return await manager.getRepository(User).save({
        email: input.email.trim().toLowerCase(),
        displayName: input.displayName,
        role: input.role,
        locale: input.locale,
        passwordHash,
        emailVerifiedAt: new Date(),
      });
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw DomainError.conflict('EMAIL_TAKEN', 'An account with this e-mail already exists');
      }
      throw error;
    }
  }

  async login(input: LoginDto, client: ClientInfo): Promise<TokenPair & { user: UserDto }> {
    await this.limiter.assertAllowed(input.email, client.ip);
    const user = await this.dataSource.getRepository(User).findOneBy({ email: input.email });
    const passwordOk = await this.hasher.verify(user?.passwordHash, input.password);
    if (!user || !passwordOk || user.disabledAt) {
      await this.limiter.recordFailure(input.email, client.ip);
      throw new DomainError(
        'unauthenticated',
        'INVALID_CREDENTIALS',
        'E-mail or password is wrong',
      );
    }
    await this.limiter.reset(input.email, client.ip);
    if (!user.emailVerifiedAt) {
      // Said only to whoever knows the password: the way on is the link in the sign-up email.
      throw DomainError.forbidden(
        'Confirm your e-mail address first: open the link we sent, or ask for a new one',
        'EMAIL_NOT_VERIFIED',
      );
    }
    return this.logIn(user, client);
  }

  /** Logs in an account another context has just bound through a link (claim, invitation). */
  async logInById(userId: string, client: ClientInfo): Promise<TokenPair & { user: UserDto }> {
    const user = await this.dataSource.getRepository(User).findOneBy({ id: userId });
    if (!user || user.disabledAt) {
      throw new DomainError('unauthenticated', 'SESSION_REVOKED', 'This account is disabled');
    }
    return this.logIn(user, client);
  }

  /** A new session for a user whose identity is established (password, or a link just used). */
  async logIn(user: User, client: ClientInfo): Promise<TokenPair & { user: UserDto }> {
    const tokens = await this.dataSource.transaction(async (m) => {
      await m.update(User, user.id, { lastLoginAt: new Date() });
      return this.startSession(m, user, client);
    });
    return { ...tokens, user: toUserDto(user) };
  }

  /**
   * Exchanges a refresh token for a new pair. A token used twice means it leaked: the whole
   * session is revoked, so the thief's copy dies with the owner's.
   */
  async refresh(refreshToken: string): Promise<TokenPair> {
    const [tokenId, secret] = refreshToken.split('.');
    if (!tokenId || !secret || !/^[0-9a-f-]{36}$/.test(tokenId)) throw INVALID_REFRESH();
    const outcome = await this.dataSource.transaction(async (m) => {
      const token = await m.findOne(RefreshToken, {
        where: { id: tokenId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!token || token.tokenHash !== this.tokens.hashSecret(secret))
        return { error: INVALID_REFRESH() };
      const session = await m.findOneBy(AuthSession, { id: token.sessionId });
      const user = session && (await m.findOneBy(User, { id: session.userId }));
      if (!session || session.revokedAt || !user || user.disabledAt)
        return { error: INVALID_REFRESH() };
      if (token.usedAt) {
        await m.update(AuthSession, session.id, {
          revokedAt: new Date(),
          revokedReason: 'token_reuse',
        });
        return {
          revoked: session.id,
          error: new DomainError(
            'unauthenticated',
            'REFRESH_TOKEN_REUSED',
            'This refresh token was already used; the session is revoked',
          ),
        };
      }
      if (token.expiresAt.getTime() < Date.now()) return { error: INVALID_REFRESH() };
      await m.update(RefreshToken, token.id, { usedAt: new Date() });
      return { pair: await this.issuePair(m, user, session.id) };
    });
    if ('revoked' in outcome && outcome.revoked) {
      await this.liveSessions.revoke({ sessionId: outcome.revoked });
    }
    if ('error' in outcome && outcome.error) throw outcome.error;
    return (outcome as { pair: TokenPair }).pair;
  }

  /** Revokes the session the refresh token belongs to (idempotent: unknown tokens are ignored). */
  async logout(refreshToken: string): Promise<void> {
    const [tokenId, secret] = refreshToken.split('.');
    if (!tokenId || !secret || !/^[0-9a-f-]{36}$/.test(tokenId)) return;
    const token = await this.dataSource.getRepository(RefreshToken).findOneBy({ id: tokenId });
    if (!token || token.tokenHash !== this.tokens.hashSecret(secret)) return;
    await this.dataSource
      .getRepository(AuthSession)
      .update({ id: token.sessionId }, { revokedAt: new Date(), revokedReason: 'logout' });
    await this.liveSessions.revoke({ sessionId: token.sessionId });
  }

  /**
   * Sets a new password after checking the current one, and ends every other session of the
   * user (the caller's stays). A wrong current password counts toward the login rate limit.
   */
  async changePassword(
    caller: AuthUser,
    input: ChangePasswordDto,
    client: ClientInfo,
  ): Promise<void> {
    const user = await this.dataSource.getRepository(User).findOneBy({ id: caller.id });
    if (!user || user.disabledAt) {
      throw new DomainError(
        'unauthenticated',
        'SESSION_REVOKED',
        'This session has ended; log in again',
      );
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
    const passwordHash = await this.hasher.hash(input.newPassword);
    await this.dataSource.transaction(async (m) => {
      await m.update(User, user.id, { passwordHash });
      await m
        .createQueryBuilder()
        .update(AuthSession)
        .set({ revokedAt: () => 'now()', revokedReason: 'password_changed' })
        .where('user_id = :userId AND id <> :sessionId AND revoked_at IS NULL', {
          userId: user.id,
          sessionId: caller.sessionId,
        })
        .execute();
    });
    // Every instance forgets the user's cached sessions; the caller's is simply read again.
    await this.liveSessions.revoke({ userId: user.id });
  }

  async getUser(userId: string): Promise<UserDto> {
    const user = await this.dataSource.getRepository(User).findOneBy({ id: userId });
    if (!user) throw DomainError.notFound('User');
    return toUserDto(user);
  }

  async findUserIdByEmail(email: string): Promise<string | null> {
    const user = await this.dataSource
      .getRepository(User)
      .findOne({ where: { email: email.trim().toLowerCase() }, select: { id: true } });
    return user?.id ?? null;
  }

  private async startSession(m: EntityManager, user: User, client: ClientInfo): Promise<TokenPair> {
    const session = await m.save(AuthSession, {
      userId: user.id,
      userAgent: client.userAgent?.slice(0, 200) ?? null,
    });
    return this.issuePair(m, user, session.id);
  }

  private async issuePair(m: EntityManager, user: User, sessionId: string): Promise<TokenPair> {
    const secret = this.tokens.newRefreshSecret();
    const token = await m.save(RefreshToken, {
      sessionId,
      tokenHash: this.tokens.hashSecret(secret),
      expiresAt: new Date(Date.now() + this.tokens.refreshTtlMs),
    });
    const accessToken = await this.tokens.signAccessToken({
      sub: user.id,
      role: user.role,
      sid: sessionId,
    });
    return {
      accessToken,
      refreshToken: `${token.id}.${secret}`,
      tokenType: 'Bearer',
      expiresIn: this.tokens.accessTtlSeconds,
    };
  }
}

export function toUserDto(user: User): UserDto {
  return {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    role: user.role,
    locale: user.locale,
    createdAt: user.createdAt,
  };
}
