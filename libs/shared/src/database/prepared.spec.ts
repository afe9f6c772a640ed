import { describe, expect, it } from '@jest/globals';
import { prepared } from './prepared';

describe('prepared', () => {
  it('allows the same statement to be declared again and refuses a different text', () => {
    const first = prepared('spec.same_name', 'SELECT 1');
    expect(prepared('spec.same_name', 'SELECT 1')).toEqual(first);
    expect(() => prepared('spec.same_name', 'SELECT 2')).toThrow(/declared twice/);
  });
});
