export * from './channels';
export * from './notification-kinds';
export { EMAIL_MAX_ATTEMPTS, EmailDigest, emailJobId, EmailOutbox } from './email';
export { FanOutWriter } from './fanout/fan-out-writer';
export { Notification } from './inbox/notification.entity';
export { NotificationsModule, NotificationsWorkerModule } from './notifications.module';
export { NotificationPreferences } from './preferences';
export { DeliveryRecovery } from './recovery/delivery-recovery.service';
export { WebhookOutbox } from './webhooks';
