export { WebhookDeliveryStatus } from './webhook-delivery.entity';
export { WebhookOutbox } from './webhook-outbox.service';
export { WebhooksModule, WebhookWorkerModule } from './webhooks.module';
