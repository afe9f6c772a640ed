import { ValidateBy } from 'class-validator';

export const PASSWORD_MIN_LENGTH = 10;

/**
 * The passwords tried first by every credential-stuffing list (the top of the public breach
 * corpora, plus the platform's own words), compared after lower-casing and dropping trailing
 * digits and symbols, so "Password123!" counts as "password".
 */
const COMMON_PASSWORDS = new Set([
  '123456',
  '1234567',
  '12345678',
  '123456789',
  '1234567890',
  '0123456789',
  '987654321',
  '111111',
  '000000',
  '123123',
  '654321',
  '666666',
  '888888',
  '112233',
  '121212',
  '5201314',
  'password',
  'passw0rd',
  'p@ssw0rd',
  'p@ssword',
  'passwort',
  'motdepasse',
  'mima',
  'qwerty',
  'qwertyuiop',
  'qwerty123',
  'asdfgh',
  'asdfghjkl',
  'zxcvbnm',
  '1qaz2wsx',
  'qazwsx',
  '1q2w3e4r',
  '1q2w3e4r5t',
  'abc123',
  'abcd1234',
  'abcdef',
  'abcdefg',
  'abcdefgh',
  'aa123456',
  'a123456',
  'a12345678',
  'iloveyou',
  'woaini',
  'woaini1314',
  'admin',
  'administrator',
  'welcome',
  'letmein',
  'monkey',
  'dragon',
  'master',
  'sunshine',
  'princess',
  'football',
  'baseball',
  'shadow',
  'superman',
  'trustno1',
  'whatever',
  'changeme',
  'secret',
  'default',
  'login',
  'test',
  'testtest',
  'guest',
  'root',
  'toor',
  'access',
  'starwars',
  'computer',
  'chanjiao',
  'chanjiao@',
  'changjiao',
  'expert',
  'enterprise',
  'college',
]);

const TRAILING_NOISE = /[\d\W_]+$/u;

export function isCommonPassword(password: string): boolean {
  const lower = password.toLowerCase();
  const stem = lower.replace(TRAILING_NOISE, '');
  if (COMMON_PASSWORDS.has(lower) || COMMON_PASSWORDS.has(stem)) return true;
  // One character repeated ("aaaaaaaaaa") or one short unit repeated ("abcabcabcabc").
  return /^(.{1,3})\1+$/u.test(lower);
}

/** Sign-up refuses passwords every attacker tries first (code PASSWORD_TOO_COMMON). */
export function IsNotCommonPassword(): PropertyDecorator {
  return ValidateBy({
    name: 'isNotCommonPassword',
    validator: {
      validate: (value: unknown) => typeof value !== 'string' || !isCommonPassword(value),
      defaultMessage: () => 'This password is too common; choose a longer, less guessable one',
    },
  });
}
