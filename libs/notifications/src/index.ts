export * from './channels';
export * from './notification-kinds';
export { NotificationsModule, NotificationsWorkerModule } from './notifications.module';
