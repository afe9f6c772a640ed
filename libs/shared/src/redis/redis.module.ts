import {
  Global,
  Inject,
  Injectable,
  Logger,
  Module,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { Redis } from 'ioredis';
import { APP_CONFIG, type AppConfig } from '../config/env.schema';
import { redisOptionsFromUrl } from './redis-options';

export const REDIS = Symbol('REDIS');

@Injectable()
class RedisCloser implements OnApplicationShutdown {
  constructor(@Inject(REDIS) private readonly redis: Redis) {}

  async onApplicationShutdown(): Promise<void> {
    await this.redis.quit().catch(() => this.redis.disconnect());
  }
}

/**
 * One shared ioredis client for request-path work (rate limits, health). It fails fast
 * instead of queueing commands while Redis is down, so callers can degrade gracefully.
 */
@Global()
@Module({
  providers: [
    {
      provide: REDIS,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => {
        const redis = new Redis({
          ...redisOptionsFromUrl(config.REDIS_URL),
          enableOfflineQueue: false,
          maxRetriesPerRequest: 1,
          connectTimeout: 2000,
        });
        // ioredis reconnects by itself; say so once per outage instead of once per retry.
        const logger = new Logger('Redis');
        let down = false;
        redis.on('error', (error: Error) => {
          if (!down)
            logger.warn(`Redis unavailable (${error.message}); retrying in the background`);
          down = true;
        });
        redis.on('ready', () => {
          if (down) logger.log('Redis is back');
          down = false;
        });
        return redis;
      },
    },
    RedisCloser,
  ],
  exports: [REDIS],
})
export class RedisModule {}
