import { describe, expect, it } from '@jest/globals';
import {
  isRetryable,
  PRODUCTION_RETRY,
  retryDelay,
  retryPolicyFor,
  TEST_RETRY,
} from './retry-policy';

describe('webhook retry policy', () => {
  it('backs off exponentially up to a cap, over about 14 hours in production', () => {
    const delays = [1, 2, 3, 4, 5, 6, 7].map((n) => retryDelay(PRODUCTION_RETRY, n));
    expect(delays).toEqual([15_000, 60_000, 240_000, 960_000, 3_840_000, 15_360_000, 28_800_000]);
    const totalHours = delays.reduce((a, b) => a + b, 0) / 3600_000;
    expect(totalHours).toBeGreaterThan(13);
    expect(totalHours).toBeLessThan(15);
  });

  it('is quick in tests and chosen by NODE_ENV', () => {
    expect(retryPolicyFor({ NODE_ENV: 'test' })).toBe(TEST_RETRY);
    expect(retryPolicyFor({ NODE_ENV: 'production' })).toBe(PRODUCTION_RETRY);
    expect(retryPolicyFor({ NODE_ENV: 'development' })).toBe(PRODUCTION_RETRY);
    const total = [1, 2, 3, 4, 5, 6, 7].reduce((sum, n) => sum + retryDelay(TEST_RETRY, n), 0);
    expect(total).toBeLessThan(2_000);
  });

  it('retries everything but 410 Gone and forbidden addresses', () => {
    for (const status of [null, 301, 400, 401, 404, 408, 429, 500, 502, 503]) {
      expect(isRetryable(status, status === null ? 'ECONNREFUSED' : `HTTP_${status}`)).toBe(true);
    }
    expect(isRetryable(410, 'HTTP_410')).toBe(false);
    expect(isRetryable(null, 'WEBHOOK_URL_FORBIDDEN')).toBe(false);
  });
});
