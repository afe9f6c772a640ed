import { Check, Column, Entity, ForeignKey, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { Locale } from '../notification-kinds';
import type { ChannelOverrides } from './channel-defaults';

/**
 * A user's notification choices. No row means the defaults (and the locale of the account);
 * `channels` holds only what differs from DEFAULT_CHANNELS.
 */
@Entity('notification_preferences')
@Check('ck_notification_preferences_locale', `locale IN ('zh-CN', 'en')`)
@Check(
  'ck_notification_preferences_quiet_hours',
  `(quiet_hours_start IS NULL) = (quiet_hours_end IS NULL)`,
)
export class NotificationPreference {
  @PrimaryColumn('uuid')
  @ForeignKey('users', { onDelete: 'CASCADE' })
  userId: string;

  /** Language of the emails. */
  @Column({ type: 'varchar', length: 8, default: 'zh-CN' })
  locale: Locale;

  @Column('jsonb', { default: {} })
  channels: ChannelOverrides;

  /** `HH:MM` in NOTIFY_TIMEZONE; emails wait until the end. Both or neither; may wrap midnight. */
  @Column({ type: 'varchar', length: 5, nullable: true })
  quietHoursStart: string | null;

  @Column({ type: 'varchar', length: 5, nullable: true })
  quietHoursEnd: string | null;

  /** Fold emails into one a day (at DIGEST_HOUR) instead of one per notification. */
  @Column({ default: false })
  digest: boolean;

  @Column('int', { default: 1 })
  version: number;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
