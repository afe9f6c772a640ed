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
});
