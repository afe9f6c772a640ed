export { DEFAULT_CHANNELS, type ChannelOverrides } from './channel-defaults';
export { localDate, quietHoursEnd, type QuietHours } from './clock';
export { NotificationPreference } from './notification-preference.entity';
export { type DeliverySettings, NotificationPreferences } from './notification-preferences.service';
export { NotificationPreferencesModule, PreferencesModule } from './preferences.module';
