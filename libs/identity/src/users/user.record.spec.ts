import { describe, expect, it } from '@jest/globals';
import { Role } from '@app/shared';
import { User } from '../entities/user.entity';
import { toUserRecord } from './user.record';

describe('toUserRecord', () => {
  it('never carries the password hash', () => {
    const user = Object.assign(new User(), {
      id: '00000000-0000-4000-8000-000000000003',
      email: 'a@example.com',
      passwordHash: '$argon2id$…',
      displayName: 'A',
      role: Role.Enterprise,
      locale: 'en' as const,
      disabledAt: null,
    });
    const record = toUserRecord(user);
    expect(record).toEqual({
      id: user.id,
      email: 'a@example.com',
      displayName: 'A',
      role: Role.Enterprise,
      locale: 'en',
      disabledAt: null,
    });
    expect(record).not.toBeInstanceOf(User);
  });
});
