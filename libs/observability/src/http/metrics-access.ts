import { createHash, timingSafeEqual } from 'node:crypto';

/**
 * Who may read /metrics: with `METRICS_TOKEN` set, only requests with
 * `Authorization: Bearer <METRICS_TOKEN>`; without it (allowed outside production only, see the
 * config), everyone. Both sides are hashed first, so the comparison is constant-time and does not
 * reveal the token's length either.
 */
export class MetricsAccess {
  private readonly expected: Buffer | undefined;

  constructor(token: string | undefined) {
    this.expected = token ? sha256(token) : undefined;
  }

  /** Whether a token is configured (otherwise the endpoint is open). */
  get protected(): boolean {
    return this.expected !== undefined;
  }

  allows(authorization: string | undefined): boolean {
    if (!this.expected) return true;
    const presented = bearerToken(authorization);
    return presented !== undefined && timingSafeEqual(sha256(presented), this.expected);
  }
}

/** The credentials of an `Authorization: Bearer …` header (scheme case-insensitive, RFC 9110). */
export function bearerToken(authorization: string | undefined): string | undefined {
  if (!authorization) return undefined;
  const match = /^Bearer +([^\s]+) *$/i.exec(authorization);
  return match?.[1];
}

function sha256(value: string): Buffer {
  return createHash('sha256').update(value, 'utf8').digest();
}
