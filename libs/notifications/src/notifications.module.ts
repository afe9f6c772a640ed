import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ConversationReadersModule } from '@app/conversations';
import { DemandReadersModule } from '@app/demands';
import { ExpertDirectoryModule } from '@app/experts';
import { UserDirectoryModule } from '@app/identity';
import {
  ConnectionReadersModule,
  MatchingEngineModule,
  OfferInterestReadersModule,
} from '@app/matching';
import { OrganizationDirectoryModule } from '@app/organizations';
import { SavedSearchAlertsModule } from '@app/search';
import { QueueModule, Queues } from '@app/shared';
import { EmailModule, EmailWorkerModule } from './email/email.module';
import { AudiencePlanner } from './fanout/audience-planner';
import { ConnectionAudiences } from './fanout/connection-audiences';
import { OfferInterestAudiences } from './fanout/offer-interest-audiences';
import { ConversationAudiences } from './fanout/conversation-audiences';
import { DemandAudiences } from './fanout/demand-audiences';
import { ConfirmationAudiences } from './fanout/confirmation-audiences';
import { MilestoneAudiences } from './fanout/milestone-audiences';
import { PartnershipAudiences } from './fanout/partnership-audiences';
import { FanOutWriter } from './fanout/fan-out-writer';
import { NotificationsProcessor } from './fanout/notifications.processor';
import { OrganizationAudiences } from './fanout/organization-audiences';
import { Recipients } from './fanout/recipients';
import { InboxController } from './inbox/inbox.controller';
import { InboxService } from './inbox/inbox.service';
import { InboxStream } from './inbox/live/inbox-stream.service';
import { StreamTickets } from './inbox/live/stream-tickets';
import { OvertakenEvents } from './fanout/overtaken-events';
import { Notification } from './inbox/notification.entity';
import { NotificationPreferencesModule, PreferencesModule } from './preferences/preferences.module';
import { DeliveryRecovery } from './recovery/delivery-recovery.service';
import { DeadlineReminderProcessor } from './reminders/deadline-reminder.processor';
import { DeadlineReminders } from './reminders/deadline-reminders.service';
import { DemandReminder } from './reminders/demand-reminder.entity';
import { WebhooksModule, WebhookWorkerModule } from './webhooks/webhooks.module';

/** The API side: inbox, live stream, preferences, webhook endpoints and their deliveries. */
@Module({
  imports: [
    TypeOrmModule.forFeature([Notification, DemandReminder]),
    // The tables notifications and demand_reminders reference (users, demands).
    UserDirectoryModule,
    DemandReadersModule,
    PreferencesModule,
    EmailModule,
    WebhooksModule,
  ],
  controllers: [InboxController],
  providers: [InboxService, InboxStream, StreamTickets],
})
export class NotificationsModule {}

/** The worker side: fan-out of events into deliveries, reminders, recovery, and the senders. */
@Module({
  imports: [
    TypeOrmModule.forFeature([Notification, DemandReminder]),
    // Other contexts' read ports: who stands behind the parties of an event.
    DemandReadersModule,
    ExpertDirectoryModule,
    OrganizationDirectoryModule,
    UserDirectoryModule,
    QueueModule,
    BullModule.registerQueue({ name: Queues.Notifications }, { name: Queues.Reminders }),
    NotificationPreferencesModule,
    EmailWorkerModule,
    WebhookWorkerModule,
    MatchingEngineModule,
    ConnectionReadersModule,
    OfferInterestReadersModule,
    ConversationReadersModule,
    SavedSearchAlertsModule,
  ],
  providers: [
    Recipients,
    DemandAudiences,
    ConnectionAudiences,
    OfferInterestAudiences,
    ConversationAudiences,
    OrganizationAudiences,
    MilestoneAudiences,
    ConfirmationAudiences,
    PartnershipAudiences,
    AudiencePlanner,
    FanOutWriter,
    OvertakenEvents,
    NotificationsProcessor,
    DeadlineReminders,
    DeadlineReminderProcessor,
    DeliveryRecovery,
  ],
})
export class NotificationsWorkerModule {}
