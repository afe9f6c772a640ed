import { describe, expect, it } from '@jest/globals';
import { isClockTime, localDate, localTime, minutesOf, quietHoursEnd } from './clock';

const TZ = 'Asia/Shanghai';
/** An instant given as Shanghai wall-clock time (UTC+8, no daylight saving). */
const shanghai = (local: string) => new Date(`${local}+08:00`);

describe('clock', () => {
  it('accepts HH:MM from 00:00 to 23:59 only', () => {
    for (const ok of ['00:00', '07:30', '23:59']) expect(isClockTime(ok)).toBe(true);
    for (const bad of ['24:00', '7:30', '07:60', '0730', '07:30:00', '', null, 730]) {
      expect(isClockTime(bad)).toBe(false);
    }
    expect(minutesOf('22:15')).toBe(22 * 60 + 15);
  });

  it('reads the wall clock and the date in the notification time zone', () => {
    const instant = new Date('2026-11-29T17:30:05Z'); // 01:30:05 on the 30th in Shanghai
    expect(localTime(instant, TZ)).toEqual({ date: '2026-11-30', hour: 1, minute: 30, second: 5 });
    expect(localDate(instant, TZ)).toBe('2026-11-30');
    expect(localDate(instant, 'UTC')).toBe('2026-11-29');
  });

  it('is outside quiet hours when there are none, or the window is empty', () => {
    expect(quietHoursEnd(shanghai('2026-11-30T23:00:00'), null, TZ)).toBeNull();
    const empty = { start: '08:00', end: '08:00' };
    expect(quietHoursEnd(shanghai('2026-11-30T08:00:00'), empty, TZ)).toBeNull();
  });

  it('defers to the end of a window within one day', () => {
    const quiet = { start: '12:00', end: '14:00' };
    expect(quietHoursEnd(shanghai('2026-11-30T12:00:00'), quiet, TZ)).toEqual(
      shanghai('2026-11-30T14:00:00'),
    );
    expect(quietHoursEnd(shanghai('2026-11-30T13:59:59.500'), quiet, TZ)).toEqual(
      shanghai('2026-11-30T14:00:00'),
    );
    expect(quietHoursEnd(shanghai('2026-11-30T14:00:00'), quiet, TZ)).toBeNull();
    expect(quietHoursEnd(shanghai('2026-11-30T11:59:59'), quiet, TZ)).toBeNull();
  });

  it('wraps past midnight: 22:00-07:00 holds the evening until the next morning', () => {
    const quiet = { start: '22:00', end: '07:00' };
    expect(quietHoursEnd(shanghai('2026-11-30T23:15:42'), quiet, TZ)).toEqual(
      shanghai('2026-12-01T07:00:00'),
    );
    expect(quietHoursEnd(shanghai('2026-12-01T06:59:00'), quiet, TZ)).toEqual(
      shanghai('2026-12-01T07:00:00'),
    );
    expect(quietHoursEnd(shanghai('2026-12-01T07:00:00'), quiet, TZ)).toBeNull();
    expect(quietHoursEnd(shanghai('2026-11-30T21:59:59'), quiet, TZ)).toBeNull();
  });

  it('counts quiet hours in the configured zone, not the server zone', () => {
    const quiet = { start: '22:00', end: '07:00' };
    const instant = new Date('2026-11-30T15:00:00Z'); // 23:00 in Shanghai, 15:00 in UTC
    expect(quietHoursEnd(instant, quiet, TZ)).toEqual(new Date('2026-11-30T23:00:00Z'));
    expect(quietHoursEnd(instant, quiet, 'UTC')).toBeNull();
  });
});
