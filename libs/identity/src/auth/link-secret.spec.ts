import { describe, expect, it } from '@jest/globals';
import { hashLinkSecret, isLinkSecret, newLinkSecret, resetLink } from './link-secret';

describe('link secrets', () => {
  it('are 32 random bytes in base64url, stored as SHA-256 hex', () => {
    const a = newLinkSecret();
    const b = newLinkSecret();
    expect(a).not.toBe(b);
    expect(Buffer.from(a, 'base64url')).toHaveLength(32);
    expect(isLinkSecret(a)).toBe(true);
    expect(hashLinkSecret(a)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashLinkSecret(a)).toBe(hashLinkSecret(a));
    expect(hashLinkSecret(a)).not.toBe(hashLinkSecret(b));
  });

  it('refuses anything not shaped like one', () => {
    expect(isLinkSecret('')).toBe(false);
    expect(isLinkSecret('x'.repeat(42))).toBe(false);
    expect(isLinkSecret(`${'x'.repeat(42)}=`)).toBe(false);
    expect(isLinkSecret(`${'x'.repeat(42)}/`)).toBe(false);
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
