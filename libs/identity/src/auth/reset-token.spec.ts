import { describe, expect, it } from '@jest/globals';
import { hashResetSecret, isResetSecret, newResetSecret, resetLink } from './reset-token';

describe('reset tokens', () => {
  it('are 32 random bytes in base64url, stored as SHA-256 hex', () => {
    const a = newResetSecret();
    const b = newResetSecret();
    expect(a).not.toBe(b);
    expect(Buffer.from(a, 'base64url')).toHaveLength(32);
    expect(isResetSecret(a)).toBe(true);
    expect(hashResetSecret(a)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashResetSecret(a)).toBe(hashResetSecret(a));
    expect(hashResetSecret(a)).not.toBe(hashResetSecret(b));
  });

  it('refuses anything not shaped like one', () => {
    expect(isResetSecret('')).toBe(false);
    expect(isResetSecret('x'.repeat(42))).toBe(false);
    expect(isResetSecret(`${'x'.repeat(42)}=`)).toBe(false);
    expect(isResetSecret(`${'x'.repeat(42)}/`)).toBe(false);
  });

  it('links to the console, whatever the base ends with', () => {
    expect(resetLink('https://c.example/app/', 'abc-_')).toBe(
      'https://c.example/app/reset-password?token=abc-_',
    );
    expect(resetLink('http://localhost:3000', 'x')).toBe(
      'http://localhost:3000/reset-password?token=x',
    );
  });
});
