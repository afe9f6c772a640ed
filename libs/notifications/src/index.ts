export * from './channels';
export * from './notification-kinds';
export { EMAIL_MAX_ATTEMPTS, EmailDigest, emailJobId, EmailOutbox } from './email';
export { NOTIFICATIONS_ROUTE, type NotifiableEvent } from './fanout/notifications.route';
export { Notification } from './inbox/notification.entity';
export { NotificationsModule, NotificationsWorkerModule } from './notifications.module';
export { NotificationPreferences } from './preferences';
export { WebhookOutbox } from './webhooks';
