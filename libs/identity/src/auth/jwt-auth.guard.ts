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
import { type LiveAccount, LiveSessionCache } from './live-session-cache';
import { TokenService } from './token.service';

/**
 * The session check also reads the account's role and, for a district operator only, its granted
 * districts (the primary key of operator_districts serves it): the role and the scope come from
 * the database, never from the token, so a grant changed or revoked counts at once (ADR 0016).
 */
const SESSION_IS_LIVE = prepared(
  'identity.session_is_live',
  `SELECT (s.revoked_at IS NULL AND u.disabled_at IS NULL) AS ok, u.role::text AS role,
          CASE WHEN u.role = 'operator' THEN ARRAY(
            SELECT d.district FROM operator_districts d WHERE d.user_id = u.id ORDER BY d.district
          ) END AS districts
     FROM auth_sessions s JOIN users u ON u.id = s.user_id
    WHERE s.id = $1 AND s.user_id = $2`,
);

interface SessionRow {
  ok: boolean;
  role: Role;
  districts: string[] | null;
}

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
      throw roleRefusal(roles, request.user);
    }
    return true;
  }

  /** The caller behind an access token, if its session is live; also used outside Nest routes. */
  async authenticate(token: string): Promise<AuthUser> {
    const claims = await this.tokens.verifyAccessToken(token);
    let account = this.liveSessions.account(claims.sid, claims.sub);
    if (!account) {
      const lookup = this.liveSessions.begin();
      account = await this.liveAccount(claims.sid, claims.sub);
      if (!account) {
        throw new DomainError(
          'unauthenticated',
          'SESSION_REVOKED',
          'This session has ended; log in again',
        );
      }
      this.liveSessions.remember(claims.sid, claims.sub, lookup, undefined, account);
    }
    return {
      id: claims.sub,
      role: account.role,
      sessionId: claims.sid,
      ...(account.districts ? { districts: account.districts } : {}),
    };
  }

  private async liveAccount(sessionId: string, userId: string): Promise<LiveAccount | undefined> {
    const rows = await queryPrepared<SessionRow>(this.dataSource, SESSION_IS_LIVE, [
      sessionId,
      userId,
    ]);
    const row = rows[0];
    if (row?.ok !== true) return undefined;
    return row.role === Role.Operator
      ? { role: row.role, districts: Object.freeze([...(row.districts ?? [])]) }
      : { role: row.role };
  }
}

/**
 * A district operator on a platform-only route gets its own code, so that a console can tell
 * "not for operators" from "not for your account type".
 */
function roleRefusal(roles: Role[], user: AuthUser | undefined): DomainError {
  if (user?.role === Role.Operator && roles.includes(Role.Admin)) {
    return DomainError.forbidden(
      'Only the platform admin may do this; district operators may not',
      'PLATFORM_ADMIN_ONLY',
    );
  }
  return DomainError.forbidden('Your account type may not do this', 'ROLE_FORBIDDEN');
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
