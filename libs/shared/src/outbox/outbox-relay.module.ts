import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/env.schema';
import { QueueModule } from '../queue/queue.module';
import { EVENT_ROUTES } from '../queue/queues';
import { OutboxRelayService } from './outbox-relay.service';

/** The worker's relay from the outbox table to the consumers' queues (EVENT_ROUTES). */
@Module({
  imports: [
    QueueModule,
    // Producers fail fast while Redis is away (no offline queue), so the relay notices, keeps
    // the rows in PostgreSQL and retries with backoff instead of hanging.
    ...EVENT_ROUTES.map(({ queue }) =>
      BullModule.registerQueueAsync({
        name: queue,
        inject: [APP_CONFIG],
        useFactory: (config: AppConfig) => ({
          connection: { url: config.REDIS_URL, enableOfflineQueue: false, maxRetriesPerRequest: 1 },
        }),
      }),
    ),
  ],
  providers: [OutboxRelayService],
  exports: [OutboxRelayService],
})
export class OutboxRelayModule {}
