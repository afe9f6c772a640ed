import { Inject, Injectable, Logger } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { APP_CONFIG, type AppConfig, DomainError, REDIS } from '@app/shared';

/** Requests allowed per submitted address in one window, known or not. */
export const REQUESTS_MAX_PER_EMAIL = 5;
export const REQUESTS_WINDOW_SECONDS = 3600;

/** Requests that send an email to a submitted address, each limited on its own. */
const SCOPES = {
  reset: { code: 'TOO_MANY_RESET_REQUESTS', what: 'password-reset requests' },
  signup: { code: 'TOO_MANY_SIGNUPS', what: 'sign-ups' },
  verification: { code: 'TOO_MANY_VERIFICATION_REQUESTS', what: 'verification emails' },
} as const;

export type EmailRequestScope = keyof typeof SCOPES;

/**
 * Counts requests that make the platform email a submitted address (password reset, sign-up,
 * verification resend), per address and per client address, in Redis (across api instances).
 * Every submitted address counts, whether an account has it or not, so the limit says nothing
 * about existence. Fails open when Redis is down, like the login limit.
 */
@Injectable()
export class EmailRequestRateLimiter {
  private readonly logger = new Logger(EmailRequestRateLimiter.name);

  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async assertAllowed(scope: EmailRequestScope, email: string, ip: string): Promise<void> {
    const emailKey = `${this.config.QUEUE_PREFIX}:${scope}-email:${email}`;
    const ipKey = `${this.config.QUEUE_PREFIX}:${scope}-ip:${ip}`;
    try {
      const [[, perEmail], , [, perAddress]] = (await this.redis
        .multi()
        .incr(emailKey)
        .expire(emailKey, REQUESTS_WINDOW_SECONDS, 'NX')
        .incr(ipKey)
        .expire(ipKey, REQUESTS_WINDOW_SECONDS, 'NX')
        .exec()) as [[null, number], unknown, [null, number], unknown];
      if (
        perEmail > REQUESTS_MAX_PER_EMAIL ||
        perAddress > this.config.EMAIL_REQUESTS_MAX_PER_CLIENT
      ) {
        throw new DomainError(
          'rate_limited',
          SCOPES[scope].code,
          `Too many ${SCOPES[scope].what}; try again later`,
          [],
          REQUESTS_WINDOW_SECONDS,
        );
      }
    } catch (error) {
      if (error instanceof DomainError) throw error;
      this.logger.warn(`Rate limit of ${scope} unavailable: ${(error as Error).message}`);
    }
  }
}
