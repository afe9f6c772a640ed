import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { UserDirectoryModule } from '@app/identity';
import { NotificationPreference } from './notification-preference.entity';
import { NotificationPreferences } from './notification-preferences.service';
import { PreferencesController } from './preferences.controller';

/**
 * Per-user notification preferences: `GET|PUT|PATCH /me/notification-preferences`, and the
 * `NotificationPreferences` service (a PreferencesReader) that the fan-out and the email channel ask.
 */
@Module({
  imports: [TypeOrmModule.forFeature([NotificationPreference]), UserDirectoryModule],
  controllers: [PreferencesController],
  providers: [NotificationPreferences],
  exports: [NotificationPreferences],
})
export class PreferencesModule {}
