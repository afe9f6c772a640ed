import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/env.schema';
import { QueueModule } from '../queue/queue.module';
import { DOMAIN_EVENTS_QUEUE } from './domain-event';
import { OutboxRelayService } from './outbox-relay.service';

/** The worker's relay from the outbox table to the `domain-events` queue. */
@Module({
  imports: [
    QueueModule,
    BullModule.registerQueueAsync({
      name: DOMAIN_EVENTS_QUEUE,
      inject: [APP_CONFIG],
      // A producer fails fast while Redis is away (no offline queue), so the relay notices,
      // keeps the rows in PostgreSQL and retries with backoff instead of hanging.
      useFactory: (config: AppConfig) => ({
        connection: { url: config.REDIS_URL, enableOfflineQueue: false, maxRetriesPerRequest: 1 },
      }),
    }),
  ],
  providers: [OutboxRelayService],
  exports: [OutboxRelayService],
})
export class OutboxRelayModule {}
