import createClient, { type Middleware } from 'openapi-fetch';
import type { components, paths } from './schema';
import { markSignedIn, markSignedOut } from './session-flag';

export type User = components['schemas']['UserDto'];
export type AuthResult = components['schemas']['AuthResultDto'];

/** An RFC 9457 problem answered by the api, or a network failure (code NETWORK). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly detail: string,
    readonly fieldErrors: { field: string; code: string; message: string }[] = [],
  ) {
    super(`${code}: ${detail}`);
  }
}

/**
 * The access token lives in this module only, in memory: never in Web Storage or a readable
 * cookie. The refresh token is an HttpOnly cookie the api sets in cookie mode (ADR 0022), so a
 * reload restores the session through POST /auth/refresh without any script seeing a secret.
 */
let accessToken: string | null = null;
let expiresAt = 0;

/** The header that asks the auth endpoints for cookie mode (also the CSRF guard). */
export const COOKIE_MODE = { 'X-Session-Mode': 'cookie' } as const;

export function setAccessToken(token: string | null, expiresInSeconds = 0): void {
  accessToken = token;
  expiresAt = token ? Date.now() + expiresInSeconds * 1000 : 0;
  if (token) markSignedIn();
}

export function authHeaders(): Record<string, string> {
  return accessToken ? { Authorization: `Bearer ${accessToken}` } : {};
}

let refreshing: Promise<boolean> | null = null;

/**
 * Trades the refresh cookie for a new access token. One refresh at a time across the tabs of
 * the browser (Web Locks): the cookie rotates on every use and a spent one replayed revokes
 * the session, so two tabs must not race with the same cookie.
 */
export function refreshSession(): Promise<boolean> {
  refreshing ??= (async () => {
    const run = async (): Promise<boolean> => {
      const response = await fetch('/api/v1/auth/refresh', {
        method: 'POST',
        headers: { ...COOKIE_MODE, 'Content-Type': 'application/json' },
        body: '{}',
      }).catch(() => null);
      if (!response?.ok) {
        // A network failure keeps the flag: the cookie may still be good once back online.
        if (response) endSession();
        return false;
      }
      const pair = (await response.json()) as { accessToken: string; expiresIn: number };
      setAccessToken(pair.accessToken, pair.expiresIn);
      return true;
    };
    return navigator.locks ? navigator.locks.request('chanjiao-refresh', run) : run();
  })().finally(() => {
    refreshing = null;
  });
  return refreshing;
}

/** Forgets the session in this tab (the api's logout clears the cookie). */
export function endSession(): void {
  accessToken = null;
  expiresAt = 0;
  markSignedOut();
}

/** Refreshes ahead of expiry, so a request never leaves with a token about to lapse. */
async function freshToken(): Promise<string | null> {
  if (accessToken && expiresAt - Date.now() < 30_000) await refreshSession();
  return accessToken;
}

const bearer: Middleware = {
  async onRequest({ request }) {
    if (new URL(request.url).pathname.startsWith('/api/v1/auth/')) return request;
    const token = await freshToken();
    if (token) request.headers.set('Authorization', `Bearer ${token}`);
    return request;
  },
};

export const api = createClient<paths>({ baseUrl: window.location.origin });
api.use(bearer);

/** The problem in an error answer (problem+json), or a plain description of what came back. */
export async function toApiError(response: Response, body?: unknown): Promise<ApiError> {
  let problem = body;
  if (problem === undefined) {
    try {
      problem = await response.json();
    } catch {
      problem = undefined;
    }
  }
  const p = (problem ?? {}) as {
    code?: unknown;
    detail?: unknown;
    title?: unknown;
    errors?: unknown;
  };
  return new ApiError(
    response.status,
    typeof p.code === 'string' ? p.code : `HTTP_${response.status}`,
    typeof p.detail === 'string' ? p.detail : typeof p.title === 'string' ? p.title : '',
    Array.isArray(p.errors) ? (p.errors as ApiError['fieldErrors']) : [],
  );
}

/** GET of a JSON answer the OpenAPI document does not type (see types.ts). */
export async function getJson<T>(path: string): Promise<T> {
  await freshToken();
  let response: Response;
  try {
    response = await fetch(path, { headers: { Accept: 'application/json', ...authHeaders() } });
  } catch (error) {
    throw new ApiError(0, 'NETWORK', error instanceof Error ? error.message : String(error));
  }
  if (!response.ok) throw await toApiError(response);
  return (await response.json()) as T;
}

/** Downloads a file the api streams (exports) with the bearer token: fetch, then a blob URL. */
export async function download(path: string, fallbackName: string): Promise<void> {
  await freshToken();
  const response = await fetch(path, { headers: authHeaders() });
  if (!response.ok) throw await toApiError(response);
  const blob = await response.blob();
  const disposition = response.headers.get('Content-Disposition') ?? '';
  const match = /filename\*=UTF-8''([^;]+)|filename="?([^";]+)"?/i.exec(disposition);
  const name = match ? decodeURIComponent(match[1] ?? match[2] ?? fallbackName) : fallbackName;
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/**
 * The data of an openapi-fetch call, or its problem thrown as an ApiError:
 * `const demand = await unwrap(api.GET('/api/v1/demands/{id}', { params }))`.
 */
export async function unwrap<T>(
  call: Promise<{ data?: T; error?: unknown; response: Response }>,
): Promise<T> {
  let result: { data?: T; error?: unknown; response: Response };
  try {
    result = await call;
  } catch (error) {
    throw new ApiError(0, 'NETWORK', error instanceof Error ? error.message : String(error));
  }
  if (!result.response.ok) throw await toApiError(result.response, result.error);
  return result.data as T;
}

/** The per-field messages of a VALIDATION_FAILED problem (field paths as the api names them). */
export function fieldErrorsOf(error: unknown): { field: string; code: string; message: string }[] {
  return error instanceof ApiError ? error.fieldErrors : [];
}
