import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { APP_CONFIG, type AppConfig, DomainError, Role } from '@app/shared';

export const JWT_ISSUER = 'chanjiao';
export const JWT_AUDIENCE = 'chanjiao-api';

export interface AccessTokenClaims {
  sub: string;
  role: Role;
  sid: string;
}

export interface TokenPair {
  accessToken: string;
  refreshToken: string;
  tokenType: 'Bearer';
  expiresIn: number;
}

/** Signs and checks access tokens (HS256 only: `alg: none` and others are refused). */
@Injectable()
export class TokenService {
  constructor(
    private readonly jwt: JwtService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  signAccessToken(claims: AccessTokenClaims): Promise<string> {
    return this.jwt.signAsync(
      { role: claims.role, sid: claims.sid },
      {
        subject: claims.sub,
        algorithm: 'HS256',
        issuer: JWT_ISSUER,
        audience: JWT_AUDIENCE,
        expiresIn: this.config.JWT_ACCESS_TTL_SECONDS,
      },
    );
  }

  async verifyAccessToken(token: string): Promise<AccessTokenClaims> {
    try {
      const payload = await this.jwt.verifyAsync<Partial<AccessTokenClaims>>(token, {
        algorithms: ['HS256'],
        issuer: JWT_ISSUER,
        audience: JWT_AUDIENCE,
      });
      if (!payload.sub || !payload.sid || !Object.values(Role).includes(payload.role as Role)) {
        throw new Error('incomplete claims');
      }
      return payload as AccessTokenClaims;
    } catch {
      throw new DomainError(
        'unauthenticated',
        'INVALID_TOKEN',
        'The access token is invalid or expired',
      );
    }
  }

  /** A refresh token is `<token id>.<secret>`; only the secret's hash is stored. */
  newRefreshSecret(): string {
    return randomBytes(32).toString('base64url');
  }

  hashSecret(secret: string): string {
    return createHash('sha256').update(secret).digest('hex');
  }

  get accessTtlSeconds(): number {
    return this.config.JWT_ACCESS_TTL_SECONDS;
  }

  get refreshTtlMs(): number {
    return this.config.REFRESH_TOKEN_TTL_DAYS * 24 * 3600 * 1000;
  }
}
