import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Request } from 'express';
import type { DataSource } from 'typeorm';
import {
  type AuthUser,
  DomainError,
  IS_PUBLIC_KEY,
  type RequestWithUser,
  Role,
  prepared,
  queryPrepared,
  ROLES_KEY,
} from '@app/shared';
import { LiveSessionCache } from './live-session-cache';
import { TokenService } from './token.service';

const SESSION_IS_LIVE = prepared(
  'identity.session_is_live',
  `SELECT (s.revoked_at IS NULL AND u.disabled_at IS NULL) AS ok
     FROM auth_sessions s JOIN users u ON u.id = s.user_id
    WHERE s.id = $1 AND s.user_id = $2`,
);

/**
 * Global guard: every route needs a valid access token unless marked `@Public()`. The token's
 * session must still be live (logout and refresh-token reuse revoke it) and the user enabled.
 */
@Injectable()
export class JwtAuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: TokenService,
    private readonly liveSessions: LiveSessionCache,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const request = context.switchToHttp().getRequest<Request & RequestWithUser>();
    const targets = [context.getHandler(), context.getClass()];
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC_KEY, targets) ?? false;
    const token = bearerToken(request);

    if (token) {
      request.user = await this.authenticate(token);
    } else if (!isPublic) {
      throw new DomainError(
        'unauthenticated',
        'AUTH_REQUIRED',
        'A bearer access token is required',
      );
    }
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets);
    if (roles && (!request.user || !roles.includes(request.user.role))) {
      throw DomainError.forbidden('Your account type may not do this', 'ROLE_FORBIDDEN');
    }
    return true;
  }

  /** The caller behind an access token, if its session is live; also used outside Nest routes. */
  async authenticate(token: string): Promise<AuthUser> {
    const claims = await this.tokens.verifyAccessToken(token);
    if (!this.liveSessions.isLive(claims.sid, claims.sub)) {
      const lookup = this.liveSessions.begin();
      if (!(await this.sessionIsLive(claims.sid, claims.sub))) {
        throw new DomainError(
          'unauthenticated',
          'SESSION_REVOKED',
          'This session has ended; log in again',
        );
      }
      this.liveSessions.remember(claims.sid, claims.sub, lookup);
    }
    return { id: claims.sub, role: claims.role, sessionId: claims.sid };
  }

  private async sessionIsLive(sessionId: string, userId: string): Promise<boolean> {
    const rows = await queryPrepared<{ ok: boolean }>(this.dataSource, SESSION_IS_LIVE, [
      sessionId,
      userId,
    ]);
    return rows[0]?.ok === true;
  }
}

function bearerToken(request: Request): string | undefined {
  const header = request.headers.authorization;
  if (!header) return undefined;
  const [scheme, value] = header.split(' ');
  if (scheme?.toLowerCase() !== 'bearer' || !value) {
    throw new DomainError(
      'unauthenticated',
      'INVALID_TOKEN',
      'Use "Authorization: Bearer <token>"',
    );
  }
  return value;
}
