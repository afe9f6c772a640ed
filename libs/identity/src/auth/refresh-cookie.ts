import { Inject, Injectable } from '@nestjs/common';
import { ApiHeader } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { APP_CONFIG, type AppConfig, DomainError, readCookie } from '@app/shared';
import { type TokenPair, TokenService } from './token.service';

/**
 * Cookie mode for browsers (ADR 0022): the web console keeps the access token in memory and
 * lets the browser keep the refresh token in an HttpOnly, SameSite=Strict cookie scoped to the
 * auth endpoints, so no script can read it and a reload does not log the user out.
 *
 * A client opts in with the header `X-Session-Mode: cookie`. Requiring a custom header is the
 * CSRF defence on top of SameSite: a form or a simple cross-site request cannot send it, and
 * CORS refuses the preflight of any origin not in CORS_ORIGINS.
 */
export const SESSION_MODE_HEADER = 'x-session-mode';
export const REFRESH_COOKIE = 'chanjiao_refresh';

export const wantsCookie = (req: Request): boolean => req.headers[SESSION_MODE_HEADER] === 'cookie';

/** The auth endpoints' path (e.g. /api/v1/auth): the only place the cookie is sent to. */
function authPath(req: Request): string {
  const path = req.originalUrl.split('?')[0] ?? '';
  const at = path.lastIndexOf('/auth');
  return at >= 0 ? path.slice(0, at + '/auth'.length) : '/';
}

export type DeliveredPair<T extends TokenPair> = Omit<T, 'refreshToken'> & {
  refreshToken?: string;
};

@Injectable()
export class RefreshCookies {
  constructor(
    private readonly tokens: TokenService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** In cookie mode, moves the refresh token out of the answer's body into the cookie. */
  deliver<T extends TokenPair>(pair: T, req: Request, res: Response): DeliveredPair<T> {
    if (!wantsCookie(req)) return pair;
    const { refreshToken, ...rest } = pair;
    res.cookie(REFRESH_COOKIE, refreshToken, {
      httpOnly: true,
      sameSite: 'strict',
      // Behind TLS termination req.secure needs `trust proxy`; production insists regardless.
      secure: req.secure || this.config.NODE_ENV === 'production',
      path: authPath(req),
      maxAge: this.tokens.refreshTtlMs,
    });
    return rest;
  }

  /** The refresh token of the body or, in cookie mode only, of the cookie. */
  tokenOf(req: Request, bodyToken: string | undefined): string {
    const token = bodyToken ?? this.cookieToken(req);
    if (!token) {
      throw new DomainError(
        'unauthenticated',
        'INVALID_REFRESH_TOKEN',
        wantsCookie(req) ? 'No session cookie: log in again' : 'refreshToken is required',
      );
    }
    return token;
  }

  /** The cookie's token, read only when the request is in cookie mode. */
  cookieToken(req: Request): string | undefined {
    return wantsCookie(req) ? readCookie(req, REFRESH_COOKIE) : undefined;
  }

  clear(req: Request, res: Response): void {
    if (wantsCookie(req)) res.clearCookie(REFRESH_COOKIE, { path: authPath(req) });
  }
}

/** Documents the opt-in header on the endpoints that hand out or spend refresh tokens. */
export const ApiSessionMode = () =>
  ApiHeader({
    name: 'X-Session-Mode',
    required: false,
    enum: ['cookie'],
    description:
      'cookie: the refresh token travels in an HttpOnly, SameSite=Strict cookie scoped to /auth instead of the body',
  });
