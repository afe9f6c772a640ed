import { describe, expect, it } from '@jest/globals';
import { addDays, localInstant } from './clock';

describe('localInstant and addDays', () => {
  it('finds the instant of a local hour', () => {
    expect(localInstant('2026-12-03', 9, 'Asia/Shanghai').toISOString()).toBe(
      '2026-12-03T01:00:00.000Z',
    );
    expect(localInstant('2026-07-01', 0, 'Europe/Berlin').toISOString()).toBe(
      '2026-06-30T22:00:00.000Z',
    );
  });

  it('moves dates across months and years', () => {
    expect(addDays('2026-03-01', -3)).toBe('2026-02-26');
    expect(addDays('2026-12-30', 3)).toBe('2027-01-02');
  });
});
