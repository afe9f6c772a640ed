import { describe, expect, it } from '@jest/globals';
import { industryPatterns } from './industry-patterns';

describe('industryPatterns', () => {
  it('matches a numeric code and its descendants', () => {
    expect(industryPatterns('30')).toEqual(['30%']);
    expect(industryPatterns('C3042')).toEqual(['3042%']);
  });

  it('expands a section into its divisions', () => {
    expect(industryPatterns('q')).toEqual(['84%', '85%']);
    expect(industryPatterns('C')).toHaveLength(31);
  });

  it('keeps well-formed codes the catalogue does not detail', () => {
    expect(industryPatterns('3311')).toEqual(['3311%']);
  });

  it('yields nothing for malformed codes, so LIKE metacharacters never get through', () => {
    expect(industryPatterns('30%')).toEqual([]);
    expect(industryPatterns('A3042')).toEqual([]);
    expect(industryPatterns('')).toEqual([]);
  });
});
