import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { UserDirectory } from '@app/identity';
import { APP_CONFIG, type AppConfig, DomainError, type FieldError } from '@app/shared';
import type { ChannelChoice, PreferencesReader } from '../channels';
import type { Locale, NotificationKind } from '../notification-kinds';
import {
  type ChannelOverrides,
  choiceFor,
  compactOverrides,
  effectiveChannels,
  parseChannelInput,
} from './channel-defaults';
import type { QuietHours } from './clock';
import type {
  QuietHoursDto,
  ReplacePreferencesDto,
  UpdatePreferencesDto,
} from './dto/preferences.dto';
import type { NotificationPreferencesView } from './dto/preferences.view';
import { NotificationPreference } from './notification-preference.entity';

/** What the email channel needs to know about a recipient when it records a delivery. */
export interface DeliverySettings {
  locale: Locale;
  digest: boolean;
  quietHours: QuietHours | null;
}

interface SettingsRow {
  user_id: string;
  locale: string | null;
  digest: boolean | null;
  quiet_hours_start: string | null;
  quiet_hours_end: string | null;
}

export function toLocale(value: string | null | undefined): Locale {
  return value === 'en' ? 'en' : 'zh-CN';
}

/**
 * Per-user notification preferences: channels per kind, quiet hours, daily digest, language.
 * Everyone without a row has the defaults; the first change creates the row.
 */
@Injectable()
export class NotificationPreferences implements PreferencesReader {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly users: UserDirectory,
  ) {}

  async get(userId: string): Promise<NotificationPreferencesView> {
    const m = this.dataSource.manager;
    const row = await m.findOneBy(NotificationPreference, { userId });
    if (row) return this.view(row);
    const user = await this.users.byId(userId);
    if (!user) throw DomainError.notFound('User');
    return this.view(null, toLocale(user.locale));
  }

  replace(userId: string, input: ReplacePreferencesDto): Promise<NotificationPreferencesView> {
    const { changes, errors } = parseChannelInput(input.channels);
    this.checkQuietHours(input.quietHours, errors);
    this.throwIfInvalid(errors);
    return this.change(userId, (p) => {
      p.locale = input.locale;
      p.digest = input.digest;
      setQuietHours(p, input.quietHours);
      p.channels = compactOverrides(effectiveChannels(changes));
    });
  }

  update(userId: string, input: UpdatePreferencesDto): Promise<NotificationPreferencesView> {
    const { changes, errors } = input.channels
      ? parseChannelInput(input.channels)
      : { changes: {} as ChannelOverrides, errors: [] };
    this.checkQuietHours(input.quietHours, errors);
    this.throwIfInvalid(errors);
    return this.change(userId, (p) => {
      if (input.locale !== undefined) p.locale = input.locale;
      if (input.digest !== undefined) p.digest = input.digest;
      if (input.quietHours !== undefined) setQuietHours(p, input.quietHours);
      const channels = effectiveChannels(p.channels);
      for (const [kind, change] of Object.entries(changes) as [NotificationKind, ChannelChoice][]) {
        channels[kind] = { ...channels[kind], ...change };
      }
      p.channels = compactOverrides(channels);
    });
  }

  /**
   * Each user's channels for one kind, defaults included, in one query however many users
   * (a demand matched to thousands of candidates is one round trip).
   */
  async channelsFor(
    userIds: string[],
    kind: NotificationKind,
  ): Promise<Map<string, ChannelChoice>> {
    const ids = [...new Set(userIds)];
    const result = new Map(ids.map((id) => [id, choiceFor(null, kind)]));
    if (ids.length === 0) return result;
    const rows: { user_id: string; choice: Partial<ChannelChoice> | null }[] =
      await this.dataSource.query(
        `SELECT user_id, channels -> $2::text AS choice
           FROM notification_preferences WHERE user_id = ANY($1::uuid[])`,
        [ids, kind],
      );
    for (const row of rows) result.set(row.user_id, choiceFor(row.choice, kind));
    return result;
  }

  /**
   * Language, digest and quiet hours of each active user among `userIds` (disabled or unknown
   * accounts are left out), in one query; inside the caller's transaction when given.
   */
  async deliverySettings(
    userIds: string[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Map<string, DeliverySettings>> {
    const ids = [...new Set(userIds)];
    if (ids.length === 0) return new Map();
    // Accounts through identity's port; this context's own preferences in the caller's transaction.
    const [users, rows] = await Promise.all([
      this.users.byIds(ids),
      manager.query(
        `SELECT user_id, locale, digest, quiet_hours_start, quiet_hours_end
           FROM notification_preferences WHERE user_id = ANY($1::uuid[])`,
        [ids],
      ) as Promise<SettingsRow[]>,
    ]);
    const preferences = new Map(rows.map((row) => [row.user_id, row]));
    const settings = new Map<string, DeliverySettings>();
    for (const user of users.values()) {
      if (user.disabledAt) continue;
      const own = preferences.get(user.id);
      settings.set(
        user.id,
        toSettings({
          user_id: user.id,
          locale: own?.locale ?? user.locale,
          digest: own?.digest ?? null,
          quiet_hours_start: own?.quiet_hours_start ?? null,
          quiet_hours_end: own?.quiet_hours_end ?? null,
        }),
      );
    }
    return settings;
  }

  private async change(
    userId: string,
    apply: (p: NotificationPreference) => void,
  ): Promise<NotificationPreferencesView> {
    const user = await this.users.byId(userId);
    if (!user) throw DomainError.notFound('User');
    const saved = await this.dataSource.transaction(async (m) => {
      // The first change creates the row from the defaults and the account's language.
      await m.query(
        `INSERT INTO notification_preferences (user_id, locale, version) VALUES ($1, $2, 0)
         ON CONFLICT (user_id) DO NOTHING`,
        [userId, toLocale(user.locale)],
      );
      const p = await m.findOne(NotificationPreference, {
        where: { userId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!p) throw DomainError.notFound('User');
      apply(p);
      p.version += 1;
      return m.save(p);
    });
    return this.view(saved);
  }

  private checkQuietHours(quiet: QuietHoursDto | null | undefined, errors: FieldError[]): void {
    if (quiet && quiet.start === quiet.end) {
      errors.push({
        field: 'quietHours',
        code: 'QUIET_HOURS_EMPTY',
        message: 'Quiet hours must start and end at different times (use null for none)',
      });
    }
  }

  private throwIfInvalid(errors: FieldError[]): void {
    if (errors.length > 0) {
      throw new DomainError(
        'invalid',
        'VALIDATION_FAILED',
        'The request has invalid fields',
        errors,
      );
    }
  }

  private view(row: NotificationPreference | null, locale?: Locale): NotificationPreferencesView {
    return {
      locale: row ? toLocale(row.locale) : (locale ?? 'zh-CN'),
      digest: row?.digest ?? false,
      quietHours:
        row?.quietHoursStart && row.quietHoursEnd
          ? { start: row.quietHoursStart, end: row.quietHoursEnd }
          : null,
      timeZone: this.config.NOTIFY_TIMEZONE,
      digestHour: this.config.DIGEST_HOUR,
      channels: effectiveChannels(row?.channels),
      version: row?.version ?? 0,
      updatedAt: row?.updatedAt ?? null,
    };
  }
}

function setQuietHours(p: NotificationPreference, quiet: QuietHoursDto | null): void {
  p.quietHoursStart = quiet?.start ?? null;
  p.quietHoursEnd = quiet?.end ?? null;
}

function toSettings(row: SettingsRow): DeliverySettings {
  return {
    locale: toLocale(row.locale),
    digest: row.digest ?? false,
    quietHours:
      row.quiet_hours_start && row.quiet_hours_end
        ? { start: row.quiet_hours_start, end: row.quiet_hours_end }
        : null,
  };
}
