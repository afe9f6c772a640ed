import { describe, expect, it } from '@jest/globals';
import { inspectInput } from './hostile-input';

const limits = { maxDepth: 32, maxKeys: 100, normalize: true };

function nested(levels: number): unknown {
  let value: unknown = 'leaf';
  for (let i = 0; i < levels; i++) value = { a: value };
  return value;
}

describe('inspectInput', () => {
  it('accepts ordinary input, including paired surrogates (emoji) and Chinese', () => {
    expect(inspectInput({ name: '产教 😀', tags: ['a', { b: 1 }] }, limits)).toBeNull();
  });

  it.each([
    ['a NUL', 'ab\u0000c'],
    ['a lone high surrogate', 'x\ud800'],
    ['a lone low surrogate', '\udc00y'],
    ['a reversed pair', '\udc00\ud800'],
  ])('refuses %s and names the field', (_, bad) => {
    expect(inspectInput({ talent: { items: ['ok', bad] } }, limits)).toEqual({
      code: 'INVALID_CHARACTERS',
      field: 'talent.items.1',
    });
    expect(inspectInput(bad, limits, 'query')).toEqual({
      code: 'INVALID_CHARACTERS',
      field: 'query',
    });
  });

  it('refuses a bad key', () => {
    expect(inspectInput({ profile: { 'x\u0000': 1 } }, limits)?.code).toBe('INVALID_CHARACTERS');
  });

  it('refuses nesting beyond the limit without recursion (2,500 levels)', () => {
    expect(inspectInput(nested(31), limits)).toBeNull();
    expect(inspectInput(nested(2_500), limits)?.code).toBe('JSON_TOO_DEEP');
  });

  it('refuses too many keys in all', () => {
    const wide = { a: Array.from({ length: 60 }, () => 1), b: Array.from({ length: 60 }, () => 1) };
    expect(inspectInput(wide, limits)?.code).toBe('JSON_TOO_MANY_KEYS');
  });

  it('normalises strings to NFC, but never secrets, and only when asked', () => {
    const body = { name: 'Cafe\u0301', password: 'Cafe\u0301', list: ['e\u0301'] };
    inspectInput(body, limits);
    expect(body).toEqual({ name: 'Caf\u00e9', password: 'Cafe\u0301', list: ['\u00e9'] });
    const query = { q: 'e\u0301' };
    inspectInput(query, { ...limits, normalize: false });
    expect(query.q).toBe('e\u0301');
  });
});
