import { Inject, Injectable, Logger } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { APP_CONFIG, type AppConfig, DomainError, REDIS } from '@app/shared';

/**
 * Counts failed logins per (account, client address) and all logins per address in Redis,
 * so that the limit holds across api instances. If Redis is down, logins are not blocked
 * (availability first) and a warning is logged.
 */
@Injectable()
export class LoginRateLimiter {
  private readonly logger = new Logger(LoginRateLimiter.name);

  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Throws 429 when this address has failed too often for this account, or flooded overall. */
  async assertAllowed(email: string, ip: string): Promise<void> {
    const window = this.config.LOGIN_WINDOW_SECONDS;
    try {
      const [[, failures], [, attempts], [, ttl]] = (await this.redis
        .multi()
        .get(this.failureKey(email, ip))
        .incr(this.addressKey(ip))
        .ttl(this.addressKey(ip))
        .exec()) as [[null, string | null], [null, number], [null, number]];
      if (ttl < 0) await this.redis.expire(this.addressKey(ip), window);
      const tooManyFailures = Number(failures ?? 0) >= this.config.LOGIN_MAX_ATTEMPTS;
      const flooding = attempts > this.config.LOGIN_MAX_PER_ADDRESS;
      if (tooManyFailures || flooding) {
        throw new DomainError(
          'rate_limited',
          'TOO_MANY_LOGIN_ATTEMPTS',
          'Too many login attempts; try again later',
          [],
          window,
        );
      }
    } catch (error) {
      if (error instanceof DomainError) throw error;
      this.logger.warn(`Login rate limit unavailable: ${(error as Error).message}`);
    }
  }

  async recordFailure(email: string, ip: string): Promise<void> {
    const key = this.failureKey(email, ip);
    await this.redis
      .multi()
      .incr(key)
      .expire(key, this.config.LOGIN_WINDOW_SECONDS, 'NX')
      .exec()
      .catch(() => undefined);
  }

  async reset(email: string, ip: string): Promise<void> {
    await this.redis.del(this.failureKey(email, ip)).catch(() => undefined);
  }

  private failureKey(email: string, ip: string): string {
    return `${this.config.QUEUE_PREFIX}:login-fail:${email}:${ip}`;
  }

  private addressKey(ip: string): string {
    return `${this.config.QUEUE_PREFIX}:login-ip:${ip}`;
  }
}
