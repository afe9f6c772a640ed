import { BullModule } from '@nestjs/bullmq';
import { type DynamicModule, Module } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/env.schema';
import { QueueModule } from '../queue/queue.module';
import { EVENT_ROUTES, type EventRoute } from './event-routes';
import { OutboxRelayService } from './outbox-relay.service';

/**
 * The worker's relay from the outbox table to the consumers' queues. The app passes the routes
 * its consumers declare (each context owns its own), so the shared kernel names no event type.
 */
@Module({})
export class OutboxRelayModule {
  static forRoutes(routes: readonly EventRoute[]): DynamicModule {
    return {
      module: OutboxRelayModule,
      imports: [
        QueueModule,
        // Producers fail fast while Redis is away (no offline queue), so the relay notices, keeps
        // the rows in PostgreSQL and retries with backoff instead of hanging.
        ...routes.map(({ queue }) =>
          BullModule.registerQueueAsync({
            name: queue,
            inject: [APP_CONFIG],
            useFactory: (config: AppConfig) => ({
              connection: {
                url: config.REDIS_URL,
                enableOfflineQueue: false,
                maxRetriesPerRequest: 1,
              },
            }),
          }),
        ),
      ],
      providers: [{ provide: EVENT_ROUTES, useValue: routes }, OutboxRelayService],
      exports: [OutboxRelayService],
    };
  }
}
