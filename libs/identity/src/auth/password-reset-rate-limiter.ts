import { Inject, Injectable, Logger } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { APP_CONFIG, type AppConfig, DomainError, REDIS } from '@app/shared';

/** Reset requests allowed per submitted address in one window, known or not. */
export const RESET_MAX_PER_EMAIL = 5;
/** Reset requests allowed per client address in one window. */
export const RESET_MAX_PER_ADDRESS = 30;
export const RESET_WINDOW_SECONDS = 3600;

/**
 * Counts password-reset requests per submitted e-mail address and per client address in Redis
 * (across api instances). Every submitted address counts, whether an account has it or not, so
 * the limit says nothing about existence. Fails open when Redis is down, like the login limit.
 */
@Injectable()
export class PasswordResetRateLimiter {
  private readonly logger = new Logger(PasswordResetRateLimiter.name);

  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async assertAllowed(email: string, ip: string): Promise<void> {
    const emailKey = `${this.config.QUEUE_PREFIX}:reset-email:${email}`;
    const ipKey = `${this.config.QUEUE_PREFIX}:reset-ip:${ip}`;
    try {
      const [[, perEmail], , [, perAddress]] = (await this.redis
        .multi()
        .incr(emailKey)
        .expire(emailKey, RESET_WINDOW_SECONDS, 'NX')
        .incr(ipKey)
        .expire(ipKey, RESET_WINDOW_SECONDS, 'NX')
        .exec()) as [[null, number], unknown, [null, number], unknown];
      if (perEmail > RESET_MAX_PER_EMAIL || perAddress > RESET_MAX_PER_ADDRESS) {
        throw new DomainError(
          'rate_limited',
          'TOO_MANY_RESET_REQUESTS',
          'Too many password-reset requests; try again later',
          [],
          RESET_WINDOW_SECONDS,
        );
      }
    } catch (error) {
      if (error instanceof DomainError) throw error;
      this.logger.warn(`Password-reset rate limit unavailable: ${(error as Error).message}`);
    }
  }
}
