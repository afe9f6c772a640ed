import { describe, expect, it } from '@jest/globals';
import { PasswordHasher } from './password-hasher';

describe('PasswordHasher', () => {
  const hasher = new PasswordHasher();

  it('hashes with argon2id and verifies', async () => {
    const hashed = await hasher.hash('密码Secret123');
    expect(hashed).toMatch(/^\$argon2id\$/);
    expect(await hasher.verify(hashed, '密码Secret123')).toBe(true);
    expect(await hasher.verify(hashed, 'wrong')).toBe(false);
  });

  it('answers false, not an error, for an unknown user or a corrupt hash', async () => {
    expect(await hasher.verify(undefined, 'anything')).toBe(false);
    expect(await hasher.verify('not-a-hash', 'anything')).toBe(false);
  });
});
