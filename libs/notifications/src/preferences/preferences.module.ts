import { Module } from '@nestjs/common';

/** Per-user notification preferences (owned by the email/preferences work; placeholder). */
@Module({})
export class PreferencesModule {}
