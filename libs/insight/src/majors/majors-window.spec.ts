import { describe, expect, it } from '@jest/globals';
import { demandRatio, majorsWindow, trendOf } from './majors-window';

const today = new Date('2026-12-07T08:00:00Z');

describe('majorsWindow', () => {
  it('takes the twelve months up to this one when no period is given', () => {
    expect(majorsWindow({ from: null, to: null }, today)).toEqual({
      from: '2026-01-01',
      to: '2027-01-01',
      previousFrom: '2025-01-01',
      months: 12,
      year: 2026,
    });
  });

  it('keeps a given period, the previous one of equal length before it', () => {
    expect(majorsWindow({ from: '2025-07-01', to: '2026-01-01' }, today)).toEqual({
      from: '2025-07-01',
      to: '2026-01-01',
      previousFrom: '2025-01-01',
      months: 6,
      year: 2025,
    });
  });

  it('takes a year up to a given end, or from a given start up to now', () => {
    expect(majorsWindow({ from: null, to: '2025-03-01' }, today)).toMatchObject({
      from: '2024-03-01',
      months: 12,
      year: 2025,
    });
    expect(majorsWindow({ from: '2026-10-01', to: null }, today)).toMatchObject({
      to: '2027-01-01',
      previousFrom: '2026-07-01',
      months: 3,
    });
  });
});

describe('demandRatio and trendOf', () => {
  it('weighs the headcount per year against the yearly intake', () => {
    expect(demandRatio(30, 6, 120)).toBe(0.5);
    expect(demandRatio(10, 12, 30)).toBe(0.33);
    expect(demandRatio(10, 12, 0)).toBeNull();
  });

  it('gives the change in percent, none without a previous figure', () => {
    expect(trendOf(3, 2)).toBe(50);
    expect(trendOf(1, 3)).toBe(-66.7);
    expect(trendOf(4, 0)).toBeNull();
  });
});
