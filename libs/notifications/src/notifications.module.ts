import { Module } from '@nestjs/common';
import { EmailModule, EmailWorkerModule } from './email/email.module';
import { PreferencesModule } from './preferences/preferences.module';
import { WebhooksModule, WebhookWorkerModule } from './webhooks/webhooks.module';

/** The API side: inbox, live stream, preferences, webhook endpoints and their deliveries. */
@Module({
  imports: [PreferencesModule, EmailModule, WebhooksModule],
})
export class NotificationsModule {}

/** The worker side: fan-out of events into deliveries, and the channels' senders. */
@Module({
  imports: [PreferencesModule, EmailWorkerModule, WebhookWorkerModule],
})
export class NotificationsWorkerModule {}
