import type { Request } from 'express';

/**
 * The value of one cookie of the request (no cookie-parser: two readers do not justify a
 * middleware on every route). A malformed percent-encoding counts as no cookie (it was a 500).
 */
export function readCookie(req: Request, name: string): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key !== name) continue;
    try {
      return decodeURIComponent(rest.join('='));
    } catch {
      return undefined;
    }
  }
  return undefined;
}
