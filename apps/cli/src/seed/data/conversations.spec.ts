import { describe, expect, it } from '@jest/globals';
import { buildCity } from './city-data';
import { CONVERSATION_SCRIPTS, conversationSubjects, DEMO_CONVERSATIONS } from './conversations';
import { buildFeedback } from './feedback';

describe('demo conversations', () => {
  const city = buildCity({ today: '2026-12-07' });
  const feedback = buildFeedback(city);
  const accounts = new Set([
    ...city.enterprises.map((e) => e.key),
    ...city.colleges.map((c) => c.key),
    ...city.experts.slice(0, 30).map((e) => e.key),
  ]);
  const subjects = conversationSubjects(feedback.connections, (key) => accounts.has(key));

  it('go to connected matches whose sides can log in, the demo logins first', () => {
    expect(subjects).toHaveLength(DEMO_CONVERSATIONS);
    for (const c of subjects) {
      expect(c.status).toBe('connected');
      expect(accounts.has(c.enterpriseKey)).toBe(true);
      expect(accounts.has((c.expertKey ?? c.collegeKey) as string)).toBe(true);
    }
    expect(
      subjects[0].enterpriseKey === 'ent-001' ||
        subjects[0].collegeKey === 'col-01' ||
        subjects[0].expertKey === 'exp-001' ||
        subjects[0].enterpriseKey === 'ent-002',
    ).toBe(true);
  });

  it('are short zh-CN exchanges of both sides', () => {
    for (const script of CONVERSATION_SCRIPTS) {
      expect(script.length).toBeGreaterThanOrEqual(2);
      expect(script.length).toBeLessThanOrEqual(4);
      expect(new Set(script.map(([side]) => side))).toEqual(new Set(['enterprise', 'candidate']));
      for (const [, text] of script) expect(text).toMatch(/[\u4e00-\u9fff]/);
    }
  });
});
