import { describe, expect, it } from '@jest/globals';
import type { CooperationStatsService } from './cooperation/cooperation-stats.service';
import type { MajorsStatsService } from './majors/majors-stats.service';
import type { PlatformStatsService } from './platform/platform-stats.service';
import { cityScope } from './scope/stats-scope';
import { StatsSections } from './stats-sections';
import type { StatsSection } from './tables/stats-table';

/** A source that counts how often it computed. */
function source() {
  const calls: number[] = [];
  return {
    calls,
    section: async (): Promise<StatsSection> => {
      calls.push(calls.length + 1);
      return { section: 'platform', filters: {}, refreshedAt: null, tables: [] };
    },
  };
}

function sections(seconds: number) {
  const platform = source();
  const other = source();
  const subject = new StatsSections(
    platform as unknown as PlatformStatsService,
    other as unknown as CooperationStatsService,
    other as unknown as MajorsStatsService,
    { INSIGHT_CACHE_SECONDS: seconds },
  );
  return { subject, platform };
}

describe('StatsSections', () => {
  it('keeps an answer per section and scope for INSIGHT_CACHE_SECONDS', async () => {
    const { subject, platform } = sections(60);
    const city = cityScope();
    const first = await subject.build('platform', city, { now: 0 });
    expect(first.computedAt).toEqual(expect.any(String));
    await subject.build('platform', { ...city, applied: { from: 'ignored' } }, { now: 59_000 });
    expect(platform.calls).toHaveLength(1);
    await subject.build('platform', { ...city, districts: ['130302'] }, { now: 1_000 });
    expect(platform.calls).toHaveLength(2);
    await subject.build('platform', city, { now: 60_001 });
    expect(platform.calls).toHaveLength(3);
  });

  it('computes anew when asked (the yearly report) or when nothing is kept', async () => {
    const kept = sections(60);
    await kept.subject.build('platform', cityScope(), { now: 0 });
    await kept.subject.build('platform', cityScope(), { now: 1, fresh: true });
    expect(kept.platform.calls).toHaveLength(2);
    const never = sections(0);
    await never.subject.build('platform', cityScope(), { now: 0 });
    await never.subject.build('platform', cityScope(), { now: 0 });
    expect(never.platform.calls).toHaveLength(2);
  });
});
