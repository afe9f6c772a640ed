import { describe, expect, it } from '@jest/globals';
import { DEFAULT_MATCH_WEIGHTS, type FeedbackRow, labelOf } from '@app/matching';
import { fitMatchWeights } from '../../commands/fit-weights';
import { buildCity } from './city-data';
import { buildFeedback, type SeedFeedback } from './feedback';

const city = buildCity();
const feedback = buildFeedback(city);

/** The seeded feedback as matching:fit reads it: each impression with its pair's connections. */
function labelled({ impressions, connections }: SeedFeedback): FeedbackRow[] {
  const byPair = new Map<string, typeof connections>();
  for (const c of connections) {
    const key = `${c.demandKey}:${c.expertKey ?? c.collegeKey}`;
    byPair.set(key, [...(byPair.get(key) ?? []), c]);
  }
  const now = new Date();
  const day = 86_400_000;
  return impressions.map((i) => {
    const cs = byPair.get(`${i.demandKey}:${i.expertKey ?? i.collegeKey}`) ?? [];
    return {
      subjectKind: i.subjectKind,
      candidateKind: i.candidateKind,
      position: i.position,
      score: i.score,
      features: i.features,
      top5Count: i.top5Count,
      label: labelOf(
        {
          connections: cs.length,
          connected: cs.some((c) => c.status === 'connected'),
          declinedNotAFit: cs.some((c) => c.declineReason === 'not_a_fit'),
          invited: cs.some((c) => c.initiatedBy === 'enterprise'),
          top5Count: i.top5Count,
          firstTop5At:
            i.firstTop5DaysAgo === null ? null : new Date(now.getTime() - i.firstTop5DaysAgo * day),
        },
        now,
      ),
    };
  });
}

describe('buildFeedback (synthetic demo feedback)', () => {
  const { impressions, connections } = feedback;
  const demands = new Map(city.demands.map((d) => [d.key, d]));
  const accounts = new Set([
    ...city.enterprises.map((e) => e.key),
    ...city.colleges.map((c) => c.key),
    ...city.experts.slice(0, 30).map((e) => e.key),
  ]);

  it('is deterministic', () => {
    expect(buildFeedback(buildCity())).toEqual(feedback);
    expect(impressions.length).toBeGreaterThan(1000);
  });

  it('has one impression per list and candidate, and one connection per pair', () => {
    const keys = impressions.map((i) => `${i.subjectKey}|${i.candidateKind}|${i.candidateKey}`);
    expect(new Set(keys).size).toBe(keys.length);
    const pairs = connections.map((c) => `${c.demandKey}|${c.expertKey ?? c.collegeKey}`);
    expect(new Set(pairs).size).toBe(pairs.length);
    expect(new Set(connections.map((c) => c.key)).size).toBe(connections.length);
  });

  it('pairs each shown candidate with its list as connections name them', () => {
    for (const i of impressions) {
      if (i.subjectKind === 'demand') {
        expect(i.demandKey).toBe(i.subjectKey);
        expect(i.candidateKind === 'expert' ? i.expertKey : i.collegeKey).toBe(i.candidateKey);
      } else {
        expect(i.candidateKind).toBe('demand');
        expect(i.demandKey).toBe(i.candidateKey);
        expect(i.subjectKind === 'expert' ? i.expertKey : i.collegeKey).toBe(i.subjectKey);
      }
      expect((i.expertKey === null) !== (i.collegeKey === null)).toBe(true);
      expect(accounts.has(i.viewerKey)).toBe(true);
    }
  });

  it('keeps values, positions and dates plausible', () => {
    const lists = new Map<string, number[]>();
    const problems: string[] = [];
    const check = (ok: boolean, what: string) => ok || problems.push(what);
    for (const i of impressions) {
      const at = `${i.subjectKey}/${i.candidateKey}`;
      check(
        Object.values(i.features).every((v) => v >= 0 && v <= 1),
        `${at}: feature outside [0, 1]`,
      );
      const list = `${i.subjectKey}|${i.candidateKind}`;
      lists.set(list, [...(lists.get(list) ?? []), i.position]);
      check(i.top5Count === (i.position <= 5 ? i.shownCount : 0), `${at}: top5Count`);
      check((i.firstTop5DaysAgo === null) === i.position > 5, `${at}: firstTop5DaysAgo`);
      check(
        i.lastShownDaysAgo >= 1 && i.lastShownDaysAgo <= i.firstShownDaysAgo,
        `${at}: last shown`,
      );
      // Never shown before the demand was published.
      const published = Math.max(1, demands.get(i.demandKey)!.publishedDaysAgo);
      check(i.firstShownDaysAgo <= published, `${at}: shown before publication`);
    }
    for (const [list, positions] of lists) {
      const sorted = [...positions].sort((a, b) => a - b);
      check(
        sorted.every((p, n) => p === n + 1),
        `${list}: positions ${sorted.join(',')}`,
      );
    }
    expect(problems).toEqual([]);
  });

  it('makes connections only between accounts, answered after they were made', () => {
    for (const c of connections) {
      expect(demands.get(c.demandKey)!.enterpriseKey).toBe(c.enterpriseKey);
      expect(accounts.has(c.createdByKey)).toBe(true);
      expect(c.initiatedBy === 'enterprise').toBe(c.createdByKey === c.enterpriseKey);
      expect(c.declineReason !== null).toBe(c.status === 'declined');
      if (c.status === 'pending') {
        expect(c.respondedByKey).toBeNull();
        expect(c.respondedDaysAgo).toBeNull();
      } else {
        expect(accounts.has(c.respondedByKey!)).toBe(true);
        expect(c.respondedDaysAgo!).toBeLessThan(c.createdDaysAgo);
      }
    }
  });

  it('teaches matching:fit the hidden preference: text first, service next, district little', () => {
    const rows = labelled(feedback);
    const positives = rows.filter((r) => r.label === 'positive').length;
    const negatives = rows.filter((r) => r.label === 'negative').length;
    expect(positives).toBeGreaterThan(100);
    expect(negatives).toBeGreaterThan(100);
    const { weights } = fitMatchWeights(rows, DEFAULT_MATCH_WEIGHTS, {
      l2: 1,
      dataName: 'seed',
    }).weights;
    // The hidden preference: text 0.55, service 0.2, industry 0.07, district 0.03 (feedback.ts).
    expect(weights.text).toBe(Math.max(...Object.values(weights)));
    for (const little of [weights.industry, weights.district, weights.trackRecord]) {
      expect(weights.service).toBeGreaterThan(little);
    }
    expect(weights.district).toBeLessThan(0.05);
  });
});
