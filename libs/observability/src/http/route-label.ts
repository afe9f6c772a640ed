/**
 * The `route` label of the HTTP latency histogram: the route *pattern* Express matched (Nest
 * registers each route with its full path, e.g. `/api/v1/demands/:id`), never the raw URL, so the
 * number of series stays bounded by the number of routes. Requests that matched no route (404s,
 * requests refused by the edge before routing) share one label.
 */
export const UNMATCHED_ROUTE = 'unmatched';

/** What the label needs from an Express request, read when the response has finished. */
export interface RoutedRequest {
  readonly originalUrl: string;
  readonly route?: { readonly path?: unknown } | undefined;
}

/**
 * `mounts` are prefixes served by a sub-application (the queue dashboard): inside one, Express
 * only knows the sub-router's relative path, and its pages are one label, `<prefix>/*`.
 */
export function routeLabel(req: RoutedRequest, mounts: readonly Mount[] = []): string {
  for (const mount of mounts) if (isUnder(req.originalUrl, mount.prefix)) return mount.label;
  const path = req.route?.path;
  return typeof path === 'string' && path.startsWith('/') ? path : UNMATCHED_ROUTE;
}

export interface Mount {
  readonly prefix: string;
  readonly label: string;
}

export function mount(prefix: string): Mount {
  return { prefix, label: `${prefix}/*` };
}

/** `url` is `prefix` or below it (`prefix/…`, `prefix?…`); no allocation. */
function isUnder(url: string, prefix: string): boolean {
  if (!url.startsWith(prefix)) return false;
  if (url.length === prefix.length) return true;
  const next = url.charCodeAt(prefix.length);
  return next === 0x2f /* / */ || next === 0x3f; /* ? */
}

const METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);

/** Node only parses known methods, but the rarer ones (PROPFIND, …) share one label. */
export function methodLabel(method: string | undefined): string {
  return method !== undefined && METHODS.has(method) ? method : 'OTHER';
}

const STATUS_LABELS: readonly string[] = Array.from({ length: 600 }, (_, code) => String(code));

/**
 * The exact status code: the api answers a small fixed set (200, 201, 204, 400, 401, 403, 404,
 * 409, 413, 429, 500, 503, …), so codes keep the series bounded and tell a 401 from a 404.
 */
export function statusLabel(code: number): string {
  return STATUS_LABELS[code] ?? 'other';
}
