import { describe, expect, it } from '@jest/globals';
import { escapeLike } from './like';

describe('escapeLike', () => {
  it('makes wildcards and backslashes literal', () => {
    expect(escapeLike('100%_a\\b')).toBe('100\\%\\_a\\\\b');
    expect(escapeLike('光伏玻璃')).toBe('光伏玻璃');
  });
});
