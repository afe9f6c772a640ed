import { describe, expect, it } from '@jest/globals';
import { PRACTICE_DAYS_PER_YEAR } from '../../../programmes/src/teachers/practice-ledger';
import { SqlParams } from '../scope/scope-sql';
import { cityScope, type StatsScope } from '../scope/stats-scope';
import { cityYear, PRACTICE_DAYS_REQUIRED } from './cooperation-stats.service';
import {
  cooperationFilters,
  kindApplies,
  overlapsPeriod,
  periodYears,
  practiceYear,
  projectKindOf,
} from './cooperation-scope';

const scope = (overrides: Partial<StatsScope>): StatsScope => ({ ...cityScope(), ...overrides });
const period = (from: string | null, to: string | null) => scope({ period: { from, to } });

describe('the cooperation scope', () => {
  it('narrows to a project kind and ignores a demand kind', () => {
    expect(projectKindOf(scope({ kind: 'order_class' }))).toBe('order_class');
    expect(projectKindOf(scope({ kind: 'talent' }))).toBeNull();
    expect(kindApplies(scope({ kind: 'order_class' }), 'order_class')).toBe(true);
    expect(kindApplies(scope({ kind: 'order_class' }), 'incubation')).toBe(false);
    expect(kindApplies(scope({ kind: 'rnd' }), 'rnd_project')).toBe(true);
  });

  it('reports the filters it applied, without an ignored demand kind', () => {
    expect(
      cooperationFilters(scope({ kind: 'rnd', applied: { kind: 'rnd', from: '2025-01' } })),
    ).toEqual({ from: '2025-01' });
    expect(
      cooperationFilters(scope({ kind: 'competition', applied: { kind: 'competition' } })),
    ).toEqual({ kind: 'competition' });
  });

  it('tests a span against the period, an open end overlapping anything later', () => {
    const params = new SqlParams();
    expect(overlapsPeriod(cityScope(), 'p', params)).toBe('TRUE');
    expect(overlapsPeriod(period('2025-01-01', '2026-01-01'), 'o', params)).toBe(
      'o.starts_on < $1::date AND (o.ends_before IS NULL OR o.ends_before > $2::date)',
    );
    expect(params.values).toEqual(['2026-01-01', '2025-01-01']);
  });

  it('turns the period into calendar years, `to` exclusive', () => {
    expect(periodYears(cityScope())).toEqual({ from: null, to: null });
    expect(periodYears(period('2024-01-01', '2025-01-01'))).toEqual({ from: 2024, to: 2024 });
    expect(periodYears(period('2024-03-01', '2025-07-01'))).toEqual({ from: 2024, to: 2025 });
  });

  it('measures practice in the period’s last year, at most this year', () => {
    expect(practiceYear(cityScope(), 2026)).toBe(2026);
    expect(practiceYear(period('2024-01-01', '2025-01-01'), 2026)).toBe(2024);
    expect(practiceYear(period('2025-01-01', '2028-01-01'), 2026)).toBe(2026);
    expect(practiceYear(period('2020-01-01', null), 2026)).toBe(2026);
  });

  it('takes the year in the city’s time zone, and the programmes rule of 60 days', () => {
    expect(cityYear(new Date('2025-12-31T16:30:00Z'))).toBe(2026);
    expect(cityYear(new Date('2025-12-31T15:30:00Z'))).toBe(2025);
    expect(PRACTICE_DAYS_REQUIRED).toBe(PRACTICE_DAYS_PER_YEAR);
  });
});
