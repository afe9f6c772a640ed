import { Module } from '@nestjs/common';

/** Webhook channel, API side (placeholder). */
@Module({})
export class WebhooksModule {}

/** Webhook channel, worker side (placeholder). */
@Module({})
export class WebhookWorkerModule {}
