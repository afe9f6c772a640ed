import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountLinksModule, PasswordResetLinksModule, UserDirectoryModule } from '@app/identity';
import { QueueModule, Queues } from '@app/shared';
import { NotificationPreferencesModule } from '../preferences/preferences.module';
import { AccountEmails } from './account-emails';
import { AdminEmailDeliveriesController } from './admin-email-deliveries.controller';
import { EmailDelivery } from './email-delivery.entity';
import { EmailDigest } from './email-digest.service';
import { EmailJobs } from './email-jobs';
import { EmailOutbox } from './email-outbox.service';
import { EmailSender } from './email-sender.service';
import { EmailProcessor } from './email.processor';
import { Mailer } from './mailer';

/** Email channel, API side: the deliveries table and the operators' view of it. */
@Module({
  // Identity: email_deliveries references users.
  imports: [TypeOrmModule.forFeature([EmailDelivery]), UserDirectoryModule],
  controllers: [AdminEmailDeliveriesController],
})
export class EmailModule {}

/**
 * Email channel, worker side: `EmailOutbox` (the DeliveryChannel the fan-out records into), the
 * sender on the email queue, and the daily digest.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([EmailDelivery]),
    UserDirectoryModule,
    QueueModule,
    BullModule.registerQueue({ name: Queues.Email }),
    NotificationPreferencesModule,
    PasswordResetLinksModule,
    AccountLinksModule,
  ],
  providers: [
    AccountEmails,
    EmailJobs,
    EmailOutbox,
    EmailSender,
    EmailDigest,
    Mailer,
    EmailProcessor,
  ],
  exports: [AccountEmails, EmailOutbox, EmailDigest],
})
export class EmailWorkerModule {}
