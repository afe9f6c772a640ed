import { describe, expect, it } from '@jest/globals';
import { outcomeProblems, ProjectKind } from '@app/programmes';
import { buildCity } from './city-data';
import { buildFeedback } from './feedback';
import { buildProjects } from './projects';

describe('demo cooperation projects', () => {
  const city = buildCity({ today: '2026-12-07' });
  const feedback = buildFeedback(city);
  const accounts = new Set([
    ...city.enterprises.map((e) => e.key),
    ...city.colleges.map((c) => c.key),
    ...city.experts.slice(0, 30).map((e) => e.key),
  ]);
  const projects = buildProjects(city, feedback.connections, (key) => accounts.has(key));

  it('an order class, an industry college and an R&D project on connected matches', () => {
    expect(projects.map((p) => p.kind)).toEqual(['order_class', 'industry_college', 'rnd_project']);
    const connected = new Map(feedback.connections.map((c) => [c.key, c]));
    for (const p of projects) {
      const c = connected.get(p.connectionKey ?? '');
      expect(c?.status).toBe('connected');
      expect(p.organizationKeys).toContain(c?.enterpriseKey);
      for (const key of [...p.organizationKeys, ...p.expertKeys]) {
        expect(accounts.has(key)).toBe(true);
      }
    }
  });

  it('figures pass the outcome rules and are reported and confirmed by different sides', () => {
    for (const p of projects) {
      for (const o of p.outcomes) {
        expect(outcomeProblems(p.kind as ProjectKind, o.figures)).toEqual([]);
        expect(o.confirmedByKey).not.toBe(o.reportedByKey);
      }
    }
    const chain = projects.find((p) => p.kind === 'industry_college')?.outcomes[0].figures;
    expect(chain && chain.employed / chain.graduates).toBeCloseTo(0.95, 2);
  });
});
