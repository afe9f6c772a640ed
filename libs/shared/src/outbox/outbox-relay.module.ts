import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { QueueModule } from '../queue/queue.module';
import { DOMAIN_EVENTS_QUEUE } from './domain-event';
import { OutboxRelayService } from './outbox-relay.service';

/** The worker's relay from the outbox table to the `domain-events` queue. */
@Module({
  imports: [QueueModule, BullModule.registerQueue({ name: DOMAIN_EVENTS_QUEUE })],
  providers: [OutboxRelayService],
  exports: [OutboxRelayService],
})
export class OutboxRelayModule {}
