/**
 * Wall-clock arithmetic in the platform's notification time zone (NOTIFY_TIMEZONE): quiet hours
 * and the daily digest's date. Pure functions of an instant, so they are easy to test.
 */

const CLOCK = /^([01]\d|2[0-3]):([0-5]\d)$/;
const MINUTES_PER_DAY = 24 * 60;

/** A time of day written `HH:MM`, 00:00–23:59. */
export function isClockTime(value: unknown): value is string {
  return typeof value === 'string' && CLOCK.test(value);
}

/** `HH:MM` → minutes after midnight. */
export function minutesOf(clock: string): number {
  const match = CLOCK.exec(clock);
  if (!match) throw new Error(`Not a time of day: ${clock}`);
  return Number(match[1]) * 60 + Number(match[2]);
}

export interface LocalTime {
  /** `YYYY-MM-DD` */
  date: string;
  hour: number;
  minute: number;
  second: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** What a wall clock in `timeZone` shows at `instant`. */
export function localTime(instant: Date, timeZone: string): LocalTime {
  const parts = Object.fromEntries(
    formatter(timeZone)
      .formatToParts(instant)
      .map((p) => [p.type, p.value]),
  );
  return {
    date: `${parts.year}-${parts.month}-${parts.day}`,
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    second: Number(parts.second),
  };
}

/** The calendar date (`YYYY-MM-DD`) in `timeZone` at `instant`. */
export function localDate(instant: Date, timeZone: string): string {
  return localTime(instant, timeZone).date;
}

export interface QuietHours {
  /** `HH:MM`, inclusive */
  start: string;
  /** `HH:MM`, exclusive; before `start` means the window wraps past midnight */
  end: string;
}

/**
 * When the quiet hours that contain `instant` end, or null when `instant` is outside them.
 * `22:00`–`07:00` wraps midnight; a window whose start equals its end is empty.
 */
export function quietHoursEnd(
  instant: Date,
  quiet: QuietHours | null,
  timeZone: string,
): Date | null {
  if (!quiet) return null;
  const start = minutesOf(quiet.start);
  const end = minutesOf(quiet.end);
  if (start === end) return null;
  const local = localTime(instant, timeZone);
  const now = local.hour * 60 + local.minute;
  const inside = start < end ? now >= start && now < end : now >= start || now < end;
  if (!inside) return null;
  const minutesLeft = (end - now + MINUTES_PER_DAY) % MINUTES_PER_DAY;
  return new Date(
    instant.getTime() - local.second * 1000 - instant.getUTCMilliseconds() + minutesLeft * 60_000,
  );
}

/** The instant when the clock in `timeZone` shows `hour`:00 on `date` (`YYYY-MM-DD`). */
export function localInstant(date: string, hour: number, timeZone: string): Date {
  const [y, m, d] = date.split('-').map(Number);
  const guess = Date.UTC(y, m - 1, d, hour);
  // The zone's offset at that moment: what its clock shows, read back as if it were UTC.
  const shown = localTime(new Date(guess), timeZone);
  const [sy, sm, sd] = shown.date.split('-').map(Number);
  const offset = Date.UTC(sy, sm - 1, sd, shown.hour, shown.minute, shown.second) - guess;
  return new Date(guess - offset);
}

/** `date` (`YYYY-MM-DD`) moved by `days`. */
export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}
