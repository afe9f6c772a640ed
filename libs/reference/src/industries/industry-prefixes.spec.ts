import { describe, expect, it } from '@jest/globals';
import { industryPrefixes } from './industry-prefixes';

describe('industryPrefixes', () => {
  it('lists the section and every numeric level of a code', () => {
    expect(industryPrefixes('3042')).toEqual(['C', '30', '304', '3042']);
    expect(industryPrefixes('30')).toEqual(['C', '30']);
  });

  it('keeps the numeric levels of a code the catalogue does not know', () => {
    expect(industryPrefixes('9999')).toEqual(['99', '999', '9999']);
  });

  it('gives nothing for an empty or malformed code', () => {
    expect(industryPrefixes(null)).toEqual([]);
    expect(industryPrefixes('')).toEqual([]);
    expect(industryPrefixes('C')).toEqual([]);
    expect(industryPrefixes('30a')).toEqual([]);
  });
});
