import { createHash, randomBytes } from 'node:crypto';

/** A reset secret: 32 random bytes, base64url (43 characters). */
export function newResetSecret(): string {
  return randomBytes(32).toString('base64url');
}

/** What is stored of a reset secret. */
export function hashResetSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

/** A well-formed secret (anything else is refused before any lookup). */
export function isResetSecret(value: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(value);
}

/** `${base}/reset-password?token=…`, base being PUBLIC_WEB_URL (possibly with a path). */
export function resetLink(base: string, secret: string): string {
  return `${base.replace(/\/+$/, '')}/reset-password?token=${encodeURIComponent(secret)}`;
}
