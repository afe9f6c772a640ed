import { describe, expect, it } from '@jest/globals';
import { indexUid, SEARCH_TYPES } from '../search-indexes';
import { rebuildPrefix, rebuildPrefixStem, swapPairs } from './rebuild-index-names';

describe('rebuild index names', () => {
  it('gives each run its own prefix, found again by the leftover sweep', () => {
    const a = rebuildPrefix('chanjiao', 1_700_000_000_000);
    const b = rebuildPrefix('chanjiao', 1_700_000_000_001);
    expect(a).not.toBe(b);
    expect(indexUid(a, 'demands').startsWith(rebuildPrefixStem('chanjiao'))).toBe(true);
  });

  it('does not take the live indexes for leftovers', () => {
    for (const type of SEARCH_TYPES)
      expect(indexUid('chanjiao', type).startsWith(rebuildPrefixStem('chanjiao'))).toBe(false);
  });

  it('pairs every live index with its rebuilt twin, without renaming', () => {
    const rebuild = rebuildPrefix('chanjiao', 1);
    const pairs = swapPairs('chanjiao', rebuild);
    expect(pairs).toHaveLength(SEARCH_TYPES.length);
    expect(pairs).toContainEqual({
      indexes: [indexUid('chanjiao', 'experts'), indexUid(rebuild, 'experts')],
      rename: false,
    });
    expect(pairs.every((p) => !p.rename)).toBe(true);
  });
});
