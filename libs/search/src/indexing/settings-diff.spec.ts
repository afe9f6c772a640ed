import { describe, expect, it } from '@jest/globals';
import { settingsDiffer } from './settings-diff';

const wanted = {
  searchableAttributes: ['title', 'terms'],
  filterableAttributes: ['kind', 'district'],
  sortableAttributes: ['publishedAt', 'deadline'],
  rankingRules: ['words', 'typo'],
  synonyms: { 光伏: ['太阳能'], 太阳能: ['光伏'] },
  pagination: { maxTotalHits: 1000 },
  faceting: { maxValuesPerFacet: 100 },
  displayedAttributes: ['*'],
};

describe('settingsDiffer', () => {
  it('ignores the order Meilisearch stores sets in', () => {
    const stored = {
      ...wanted,
      filterableAttributes: ['district', 'kind'],
      sortableAttributes: ['deadline', 'publishedAt'],
      synonyms: { 太阳能: ['光伏'], 光伏: ['太阳能'] },
      faceting: { maxValuesPerFacet: 100, sortFacetValuesBy: { '*': 'alpha' as const } },
    };
    expect(settingsDiffer(stored, wanted)).toBe(false);
  });

  it('sees a changed priority, filter or synonym', () => {
    expect(settingsDiffer({ ...wanted, searchableAttributes: ['terms', 'title'] }, wanted)).toBe(
      true,
    );
    expect(settingsDiffer({ ...wanted, filterableAttributes: ['kind'] }, wanted)).toBe(true);
    expect(settingsDiffer({ ...wanted, synonyms: {} }, wanted)).toBe(true);
  });

  it('sees facet search switched on while it is wanted off', () => {
    const off = { ...wanted, facetSearch: false };
    expect(settingsDiffer({ ...off, facetSearch: true }, off)).toBe(true);
    expect(settingsDiffer(off, off)).toBe(false);
  });

  it('compares every setting it is given, including ones added later', () => {
    const more = { ...wanted, prefixSearch: 'indexingTime' as const, searchCutoffMs: 150 };
    const stored = { ...more, proximityPrecision: 'byWord' as const, distinctAttribute: null };
    expect(settingsDiffer(stored, more)).toBe(false);
    expect(settingsDiffer({ ...stored, prefixSearch: 'disabled' }, more)).toBe(true);
    expect(settingsDiffer({ ...stored, searchCutoffMs: null }, more)).toBe(true);
  });

  it('compares nested settings on the parts that are set, and set-like lists in any order', () => {
    const typos = { ...wanted, typoTolerance: { disableOnAttributes: ['terms', 'skills'] } };
    const stored = {
      ...typos,
      typoTolerance: {
        enabled: true,
        minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 },
        disableOnWords: [],
        disableOnAttributes: ['skills', 'terms'],
      },
    };
    expect(settingsDiffer(stored, typos)).toBe(false);
    expect(
      settingsDiffer({ ...stored, typoTolerance: { disableOnAttributes: ['skills'] } }, typos),
    ).toBe(true);
    expect(settingsDiffer({ ...wanted, pagination: { maxTotalHits: 500 } }, wanted)).toBe(true);
  });
});
