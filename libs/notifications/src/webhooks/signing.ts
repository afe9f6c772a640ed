import { createHmac, randomBytes } from 'node:crypto';

/**
 * Standard Webhooks signing (https://www.standardwebhooks.com), done by hand with node:crypto so
 * that no sender-side dependency is needed; receivers verify with the spec's own libraries.
 *
 *   webhook-id:        msg_<delivery id>   (the same on every retry and replay: receivers dedupe on it)
 *   webhook-timestamp: seconds since the epoch, of this attempt
 *   webhook-signature: v1,<base64 HMAC-SHA256(key, "<id>.<timestamp>.<body>")>  (space-separated
 *                      when several secrets are valid, e.g. during a rotation)
 *
 * The key is the base64 part of the secret, decoded (the `whsec_` prefix is not part of it).
 */
export const SECRET_PREFIX = 'whsec_';

/** A new endpoint secret: whsec_ + base64 of 32 random bytes (the spec asks for 24 to 64). */
export function newWebhookSecret(): string {
  return SECRET_PREFIX + randomBytes(32).toString('base64');
}

export function messageId(deliveryId: string): string {
  return `msg_${deliveryId}`;
}

function keyOf(secret: string): Buffer {
  const base64 = secret.startsWith(SECRET_PREFIX) ? secret.slice(SECRET_PREFIX.length) : secret;
  return Buffer.from(base64, 'base64');
}

/** One `v1,<base64>` signature of `body`. */
export function sign(
  secret: string,
  msgId: string,
  timestampSeconds: number,
  body: string,
): string {
  const mac = createHmac('sha256', keyOf(secret))
    .update(`${msgId}.${timestampSeconds}.${body}`, 'utf8')
    .digest('base64');
  return `v1,${mac}`;
}

export interface SignedHeaders {
  'webhook-id': string;
  'webhook-timestamp': string;
  'webhook-signature': string;
}

/** The three Standard Webhooks headers, signed with every secret given (newest first). */
export function signedHeaders(
  secrets: string[],
  msgId: string,
  timestampSeconds: number,
  body: string,
): SignedHeaders {
  return {
    'webhook-id': msgId,
    'webhook-timestamp': String(timestampSeconds),
    'webhook-signature': secrets.map((s) => sign(s, msgId, timestampSeconds, body)).join(' '),
  };
}
