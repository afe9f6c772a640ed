import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { UserDirectoryModule } from '@app/identity';
import { OrganizationDirectoryModule, OrganizationsModule } from '@app/organizations';
import { QueueModule, Queues } from '@app/shared';
import { WebhookAccess } from './webhook-access';
import { WebhookDeliveries } from './webhook-deliveries.service';
import { WebhookDeliveryAttempt } from './webhook-delivery-attempt.entity';
import { WebhookDeliveryProcessor } from './webhook-delivery.processor';
import { WebhookDelivery } from './webhook-delivery.entity';
import { WebhookEndpoint } from './webhook-endpoint.entity';
import { WebhookEndpointsService } from './webhook-endpoints.service';
import { WebhookOutbox } from './webhook-outbox.service';
import { WebhookDeliveriesController, WebhooksController } from './webhooks.controller';

const ENTITIES = [WebhookEndpoint, WebhookDelivery, WebhookDeliveryAttempt];

/**
 * Webhook channel, API side: endpoints, the delivery log, the dead-letter list and replays.
 * Test pings and replays are queued from here (a producer of the webhooks queue, no worker).
 */
@Module({
  imports: [
    TypeOrmModule.forFeature(ENTITIES),
    OrganizationsModule,
    UserDirectoryModule,
    QueueModule,
    BullModule.registerQueue({ name: Queues.Webhooks }),
  ],
  controllers: [WebhooksController, WebhookDeliveriesController],
  providers: [WebhookAccess, WebhookOutbox, WebhookEndpointsService, WebhookDeliveries],
  exports: [WebhookOutbox],
})
export class WebhooksModule {}

/** Webhook channel, worker side: records deliveries for the fan-out and sends them. */
@Module({
  imports: [
    TypeOrmModule.forFeature(ENTITIES),
    // The tables webhook_endpoints references (organisations, users).
    OrganizationDirectoryModule,
    UserDirectoryModule,
    QueueModule,
    BullModule.registerQueue({ name: Queues.Webhooks }),
  ],
  providers: [WebhookOutbox, WebhookDeliveryProcessor],
  exports: [WebhookOutbox],
})
export class WebhookWorkerModule {}
