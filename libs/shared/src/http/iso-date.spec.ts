import { describe, expect, it } from '@jest/globals';
import { isIsoDate } from './iso-date';

describe('isIsoDate', () => {
  it('takes calendar dates and date-times PostgreSQL reads', () => {
    for (const value of [
      '2026-12-07',
      '2028-02-29',
      '0001-01-01',
      '9999-12-31',
      '2026-12-07T08:00',
      '2026-12-07T08:00:00Z',
      '2026-12-07T08:00:00.123456+08:00',
      '2026-12-07 08:00:00-0330',
    ]) {
      expect([value, isIsoDate(value)]).toEqual([value, true]);
    }
  });

  it('refuses the ISO 8601 forms PostgreSQL answers with an error (they were 500s)', () => {
    for (const value of [
      '2026-W53',
      '2026-W01-1',
      '2026-366',
      '2026',
      '2026-06',
      '0000-01-01',
      '-2026-01-01',
      '+2026-01-01',
      '2026-02-30',
      '2027-02-29',
      '2026-04-31',
      '2026-13-01',
      '2026-06-15T24:00:00',
      '2026-06-15T12:60',
      '2026-06-15T12:00:00+16:00',
      '20261207',
      ' 2026-12-07',
      '',
      20261207,
      null,
    ]) {
      expect([value, isIsoDate(value)]).toEqual([value, false]);
    }
  });
});
