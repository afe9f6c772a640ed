import { describe, expect, it } from '@jest/globals';
import data from './synonyms.zh.json';
import { buildSynonyms, meiliSynonyms } from './synonyms';

describe('meiliSynonyms', () => {
  const synonyms = meiliSynonyms();

  it('maps both ways', () => {
    expect(synonyms['光伏']).toContain('太阳能');
    expect(synonyms['太阳能']).toContain('光伏');
    expect(synonyms['直播销售']).toEqual(['直播带货', '直播电商']);
  });

  it('gives a term in two groups the terms of both', () => {
    expect(synonyms['烘焙']).toEqual(['西点', '西式面点', '面包']);
    expect(synonyms['焊工']).toEqual(['焊接', '电焊工']);
  });

  it('never maps a term to itself or repeats a term', () => {
    for (const [term, others] of Object.entries(synonyms)) {
      expect(others).not.toContain(term);
      expect(new Set(others).size).toBe(others.length);
      expect(others.length).toBeGreaterThan(0);
    }
  });

  it('keeps the curated list within 40–80 groups', () => {
    expect(data.groups.length).toBeGreaterThanOrEqual(40);
    expect(data.groups.length).toBeLessThanOrEqual(80);
  });

  it('returns a copy callers may mutate', () => {
    meiliSynonyms()['光伏'].push('x');
    expect(meiliSynonyms()['光伏']).not.toContain('x');
  });
});

describe('buildSynonyms', () => {
  it('is deterministic and deduplicated across groups', () => {
    const groups = [
      ['a', 'b'],
      ['a', 'b', 'c'],
    ];
    expect(buildSynonyms(groups)).toEqual({ a: ['b', 'c'], b: ['a', 'c'], c: ['a', 'b'] });
    expect(Object.keys(buildSynonyms(groups))).toEqual(['a', 'b', 'c']);
  });

  it('rejects groups with fewer than 2 terms', () => {
    expect(() => buildSynonyms([['a', 'b'], ['c']])).toThrow(/group #1 .*at least 2 terms/);
  });

  it('rejects empty, padded and duplicate terms', () => {
    expect(() => buildSynonyms([['a', '  ']])).toThrow(/empty term/);
    expect(() => buildSynonyms([['a', ' b']])).toThrow(/surrounding spaces/);
    expect(() => buildSynonyms([['a', 'a']])).toThrow(/duplicate term/);
  });
});
