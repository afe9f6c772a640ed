import { describe, expect, it } from '@jest/globals';
import { buildQuery, formsOf } from './weighted-query';
import { priorWeight, termWeight } from './term-weights';

const terms = (q: ReturnType<typeof buildQuery>) => q.concepts.map((c) => c.term);
const concept = (q: ReturnType<typeof buildQuery>, term: string) =>
  q.concepts.find((c) => c.term === term);

describe('buildQuery', () => {
  it('reads the whole demand, keeps domain compounds whole and drops boilerplate and numbers', () => {
    const q = buildQuery([
      { text: '找个专家帮忙看看设备问题', weight: 1 },
      {
        text: '我们需要10名懂西门子S7-1200可编程控制器的老师傅，处理数控车床主轴异响',
        weight: 0.7,
      },
    ]);
    expect(terms(q)).toEqual(
      expect.arrayContaining(['可编程控制器', 's7-1200', '西门子', '数控车床', '异响']),
    );
    expect(terms(q)).not.toEqual(expect.arrayContaining(['10']));
    for (const boilerplate of ['需要', '我们', '老师傅', '专家', '帮忙']) {
      expect(terms(q)).not.toContain(boilerplate);
    }
  });

  it('weighs rare words above generic ones, and the title above the description', () => {
    expect(priorWeight('钢化')).toBeGreaterThan(priorWeight('工艺'));
    expect(priorWeight('镀膜')).toBeGreaterThan(priorWeight('培训'));
    const q = buildQuery([
      { text: '钢化工艺', weight: 1 },
      { text: '镀膜', weight: 0.7 },
    ]);
    expect(concept(q, '钢化')!.weight).toBeGreaterThan(concept(q, '工艺')!.weight);
    expect(concept(q, '镀膜')!.weight).toBeCloseTo(0.7 * termWeight('镀膜'), 5);
    expect(terms(q)[0]).toBe('钢化');
  });

  it('lets the platform corpus lower a word that is everywhere in its profiles', () => {
    const corpus = {
      documents: 400,
      frequency: new Map([
        ['玻璃', 300],
        ['减反射', 3],
      ]),
    };
    expect(termWeight('玻璃', corpus)).toBeLessThan(termWeight('玻璃'));
    expect(termWeight('减反射', corpus)).toBeGreaterThan(termWeight('玻璃', corpus));
  });

  it('keeps a short skill whole, and cuts a sentence typed into the skill box', () => {
    const q = buildQuery([
      { text: '钢化炉调试', weight: 1, phrase: true },
      { text: '会修注塑机也会做模具设计', weight: 1, phrase: true },
    ]);
    expect(terms(q)).toContain('钢化炉调试');
    expect(terms(q)).toEqual(expect.arrayContaining(['注塑机', '模具设计']));
  });

  it('expands synonyms after segmentation, also for terms jieba alone would split', () => {
    const forms = formsOf('plc').map((f) => f.text);
    expect(forms).toEqual(expect.arrayContaining(['可编程控制器', '可编程逻辑控制器']));
    const q = buildQuery([{ text: '可编程控制器维修', weight: 1 }]);
    expect(concept(q, '可编程控制器')!.forms).toEqual(
      expect.arrayContaining([{ text: 'plc', credit: 0.9, via: 'synonym' }]),
    );
    expect(concept(buildQuery([{ text: 'CNC机床改造', weight: 1 }]), 'cnc机床')).toBeDefined();
  });

  it("gives a compound's parts part of its credit, the telling part most", () => {
    const parts = formsOf('数控车床操作工').filter((f) => f.via === 'part');
    expect(parts.map((p) => p.text)).toEqual(['数控车床', '操作工']);
    expect(parts[0].credit).toBeGreaterThan(parts[1].credit);
    expect(parts.reduce((sum, p) => sum + p.credit, 0)).toBeCloseTo(0.8, 5);
    // A rate suffix: the profile says 合格, the demand 合格率.
    expect(formsOf('合格率').map((f) => f.text)).toContain('合格');
  });

  it('leaves out pasted blobs that are no word anyone would share', () => {
    const q = buildQuery([{ text: `钢化炉 ${'a'.repeat(5000)}`, weight: 1 }]);
    expect(terms(q)).toEqual(['钢化炉']);
  });

  it('is empty for a demand of boilerplate only', () => {
    expect(buildQuery([{ text: '需要帮忙，急需！', weight: 1 }]).concepts).toEqual([]);
  });
});
