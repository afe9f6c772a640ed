import { describe, expect, it } from '@jest/globals';
import { contains, fieldsOf, matchText } from './text-match';
import { buildQuery } from './weighted-query';

const EXPERT_FIELDS = { skills: 1, fields: 1, bio: 0.75 };

describe('matchText', () => {
  it('never matches ids, codes or numbers: only the human text fields it is given', () => {
    const query = buildQuery([{ text: '招10名学徒，540101专业，a3f9', weight: 1 }]);
    const doc = {
      id: 'a3f9c2d0-1010-4540-8101-540101000010',
      majorCodes: ['540101'],
      skills: ['烹饪'],
      bio: '从业10年',
    };
    const { matches } = matchText(query, fieldsOf(doc, EXPERT_FIELDS));
    expect(matches.map((m) => m.term)).not.toEqual(
      expect.arrayContaining([expect.stringMatching(/^\d+$|a3f9/)]),
    );
  });

  it('matches Latin words whole only, Han words inside longer words', () => {
    expect(contains('plc编程', 'plc')).toBe(true);
    expect(contains('plcx 控制', 'plc')).toBe(false);
    expect(contains('s7-1200调试', 's7-1200')).toBe(true);
    expect(contains('中西面点工艺', '面点')).toBe(true);
  });

  it('credits a synonym, and says which one matched and where', () => {
    const query = buildQuery([{ text: 'PLC改造', weight: 1 }]);
    const { matches, score } = matchText(
      query,
      fieldsOf({ skills: ['可编程控制器维护'] }, EXPERT_FIELDS),
    );
    expect(matches).toContainEqual(
      expect.objectContaining({
        term: 'plc',
        matchedAs: '可编程控制器',
        via: 'synonym',
        fields: ['skills'],
      }),
    );
    expect(score).toBeGreaterThan(0);
  });

  it('rewards the rare, telling word over several generic ones', () => {
    const query = buildQuery([{ text: '光伏玻璃钢化自爆 工艺 培训 制造 管理', weight: 1 }]);
    const specialist = matchText(query, fieldsOf({ skills: ['钢化自爆分析'] }, EXPERT_FIELDS));
    const generalist = matchText(
      query,
      fieldsOf({ skills: ['工艺管理', '制造', '培训'] }, EXPERT_FIELDS),
    );
    expect(specialist.score).toBeGreaterThan(generalist.score);
  });

  it('counts skills above the bio', () => {
    const query = buildQuery([{ text: '伺服电机调试', weight: 1 }]);
    const inSkills = matchText(query, fieldsOf({ skills: ['伺服电机调试'] }, EXPERT_FIELDS));
    const inBio = matchText(query, fieldsOf({ bio: '做过伺服电机调试' }, EXPERT_FIELDS));
    expect(inSkills.score).toBeGreaterThan(inBio.score);
    expect(inBio.matches[0].fields).toEqual(['bio']);
  });

  it('credits the parts of a compound found apart', () => {
    const query = buildQuery([{ text: '数控车床操作工', weight: 1, phrase: true }]);
    const { matches } = matchText(query, fieldsOf({ skills: ['数控车床'] }, EXPERT_FIELDS));
    expect(matches[0]).toMatchObject({
      term: '数控车床操作工',
      via: 'part',
      matchedAs: '数控车床',
    });
  });
});
