import { describe, expect, it } from '@jest/globals';
import { isCommonPassword } from './password-policy';

describe('isCommonPassword', () => {
  it.each([
    'password',
    'Password123!',
    'qwerty123456',
    '1234567890',
    'aaaaaaaaaa',
    'abcabcabcabc',
    'Chanjiao2026',
  ])('refuses %s', (password) => expect(isCommonPassword(password)).toBe(true));

  it.each(['Pw-long-enough-1', 'correct horse battery staple', '绿色玻璃-钢化-2026'])(
    'accepts %s',
    (password) => expect(isCommonPassword(password)).toBe(false),
  );
});
