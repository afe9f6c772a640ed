import type { AppConfig } from '@app/shared';

/**
 * How often and how long a delivery is tried. Each try after the first waits `factor` times
 * longer than the one before, up to `maxDelayMs`; after `attempts` tries the delivery is dead
 * (the dead-letter list), from where its owner or an admin can replay it.
 *
 * Production: 15 s, 1 min, 4 min, 16 min, ~1 h, ~4.3 h, 8 h → 8 tries over about 14 hours,
 * long enough to ride out a receiver's overnight outage.
 */
export interface RetryPolicy {
  attempts: number;
  baseDelayMs: number;
  factor: number;
  maxDelayMs: number;
}

export const WEBHOOK_BACKOFF = 'webhook';

export const PRODUCTION_RETRY: RetryPolicy = {
  attempts: 8,
  baseDelayMs: 15_000,
  factor: 4,
  maxDelayMs: 8 * 3600_000,
};

/** Tests observe the whole series (8 tries) in about a second. */
export const TEST_RETRY: RetryPolicy = {
  attempts: 8,
  baseDelayMs: 20,
  factor: 2,
  maxDelayMs: 200,
};

export function retryPolicyFor(config: Pick<AppConfig, 'NODE_ENV'>): RetryPolicy {
  return config.NODE_ENV === 'test' ? TEST_RETRY : PRODUCTION_RETRY;
}

/** The wait after the `attemptsMade`-th failed try (1-based). */
export function retryDelay(policy: RetryPolicy, attemptsMade: number): number {
  const exponent = Math.max(0, attemptsMade - 1);
  return Math.min(policy.maxDelayMs, Math.round(policy.baseDelayMs * policy.factor ** exponent));
}

/**
 * Whether a failed try is worth repeating. Network errors, timeouts, 5xx, 408, 429 and also the
 * other 4xx are retried: a receiver's 401/403/404 is most often a deploy or a secret rotation in
 * progress that its owner fixes within hours, and the backoff keeps the cost of retrying low.
 * Only 410 Gone (the receiver says this endpoint is gone for good) and a URL that now resolves
 * to a forbidden address end the series at once.
 */
export function isRetryable(statusCode: number | null, errorCode: string | null): boolean {
  if (errorCode === 'WEBHOOK_URL_FORBIDDEN') return false;
  return statusCode !== 410;
}
