import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { UserDirectoryModule } from '@app/identity';
import { NotificationPreference } from './notification-preference.entity';
import { NotificationPreferences } from './notification-preferences.service';
import { PreferencesController } from './preferences.controller';

/**
 * The `NotificationPreferences` service (a PreferencesReader) that the fan-out and the email
 * channel ask, without controllers: the worker loads this one.
 */
@Module({
  imports: [TypeOrmModule.forFeature([NotificationPreference]), UserDirectoryModule],
  providers: [NotificationPreferences],
  exports: [NotificationPreferences],
})
export class NotificationPreferencesModule {}

/** Per-user notification preferences over HTTP: `GET|PUT|PATCH /me/notification-preferences`. */
@Module({
  imports: [NotificationPreferencesModule],
  controllers: [PreferencesController],
  exports: [NotificationPreferencesModule],
})
export class PreferencesModule {}
