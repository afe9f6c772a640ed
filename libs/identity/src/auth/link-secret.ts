import { createHash, randomBytes } from 'node:crypto';

/** The secret of an emailed link (reset, verification, claim, invitation): 32 random bytes, base64url. */
export function newLinkSecret(): string {
  return randomBytes(32).toString('base64url');
}

/** What is stored of a link's secret. */
export function hashLinkSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

/** A well-formed secret (anything else is refused before any lookup). */
export function isLinkSecret(value: unknown): value is string {
  return typeof value === 'string' && /^[A-Za-z0-9_-]{43}$/.test(value);
}

/** `${base}/${page}?token=…`, base being PUBLIC_WEB_URL (possibly with a path). */
export function linkWithToken(base: string, page: string, secret: string): string {
  return `${base.replace(/\/+$/, '')}/${page}?token=${encodeURIComponent(secret)}`;
}

/** The console page of a password reset. */
export function resetLink(base: string, secret: string): string {
  return linkWithToken(base, 'reset-password', secret);
}
