import createClient, { type Middleware } from 'openapi-fetch';
import type { components, paths } from './schema';

export type User = components['schemas']['UserDto'];
export type AuthResult = components['schemas']['AuthResultDto'];

/** An RFC 9457 problem answered by the api, or a network failure (code NETWORK). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly detail: string,
  ) {
    super(`${code}: ${detail}`);
  }
}

/**
 * The access token lives in this module only: in memory, never in Web Storage or a cookie, so a
 * reload logs the user out and no script of another origin can read it (ADR 0022).
 */
let accessToken: string | null = null;

export function setAccessToken(token: string | null): void {
  accessToken = token;
}

export function authHeaders(): Record<string, string> {
  return accessToken ? { Authorization: `Bearer ${accessToken}` } : {};
}

const bearer: Middleware = {
  onRequest({ request }) {
    if (accessToken) request.headers.set('Authorization', `Bearer ${accessToken}`);
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
  const p = (problem ?? {}) as { code?: unknown; detail?: unknown; title?: unknown };
  return new ApiError(
    response.status,
    typeof p.code === 'string' ? p.code : `HTTP_${response.status}`,
    typeof p.detail === 'string' ? p.detail : typeof p.title === 'string' ? p.title : '',
  );
}

/** GET of a JSON answer the OpenAPI document does not type (see types.ts). */
export async function getJson<T>(path: string): Promise<T> {
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
