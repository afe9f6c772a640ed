import { describe, expect, it } from '@jest/globals';
import { cityToday } from './demand-policy';

describe('cityToday', () => {
  it('uses the city time zone (UTC+8), not the server clock', () => {
    expect(cityToday(new Date('2026-03-01T16:30:00Z'))).toBe('2026-03-02');
    expect(cityToday(new Date('2026-03-01T15:59:00Z'))).toBe('2026-03-01');
  });
});
