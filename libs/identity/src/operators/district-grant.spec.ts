import { describe, expect, it } from '@jest/globals';
import { DomainError } from '@app/shared';
import { grantDiff, normalizeDistricts } from './district-grant';

function codeOf(work: () => unknown): string | undefined {
  try {
    work();
  } catch (error) {
    if (error instanceof DomainError) return error.fieldErrors?.[0]?.code ?? error.code;
    throw error;
  }
  return undefined;
}

describe('normalizeDistricts', () => {
  it('keeps known codes once, upper-cased and sorted', () => {
    expect(normalizeDistricts(['130303', 'etdz', '130302', '130303'])).toEqual([
      '130302',
      '130303',
      'ETDZ',
    ]);
  });

  it('refuses an empty list and unknown codes, naming the field', () => {
    expect(codeOf(() => normalizeDistricts([]))).toBe('DISTRICTS_REQUIRED');
    expect(codeOf(() => normalizeDistricts(['130302', '999999']))).toBe('UNKNOWN_DISTRICT');
  });

  it('does not accept the city code as a district (a city-wide scope is the platform admin)', () => {
    expect(codeOf(() => normalizeDistricts(['130300']))).toBe('UNKNOWN_DISTRICT');
  });
});

describe('grantDiff', () => {
  it('names what a change adds and removes', () => {
    expect(grantDiff(['130302', '130303'], ['130303', 'ETDZ'])).toEqual({
      added: ['ETDZ'],
      removed: ['130302'],
    });
  });
});
