import { describe, expect, it } from '@jest/globals';
import { type AuthUser, isAdmin, oversees, overseesDistrict, oversightOf, Role } from './principal';

const user = (role: Role, districts?: string[]): AuthUser => ({
  id: 'u',
  role,
  sessionId: 's',
  ...(districts ? { districts } : {}),
});

describe('oversight of the city', () => {
  it('the platform admin oversees every district, and records without one', () => {
    const admin = user(Role.Admin);
    expect(oversightOf(admin)).toEqual({ kind: 'city' });
    expect(overseesDistrict(admin, '130302')).toBe(true);
    expect(overseesDistrict(admin, null)).toBe(true);
  });

  it('a district operator oversees exactly its districts, and is no admin', () => {
    const operator = user(Role.Operator, ['130302', 'ETDZ']);
    expect(isAdmin(operator)).toBe(false);
    expect(oversightOf(operator)).toEqual({ kind: 'districts', districts: ['130302', 'ETDZ'] });
    expect(overseesDistrict(operator, '130302')).toBe(true);
    expect(overseesDistrict(operator, 'ETDZ')).toBe(true);
    // No code covers another: the new area is not part of Beidaihe district's scope.
    expect(overseesDistrict(user(Role.Operator, ['130304']), 'BDHNA')).toBe(false);
    expect(overseesDistrict(operator, '130303')).toBe(false);
    expect(overseesDistrict(operator, null)).toBe(false);
  });

  it('an operator whose grant was revoked, and every other account, oversee nothing', () => {
    expect(oversightOf(user(Role.Operator, []))).toEqual({ kind: 'none' });
    expect(oversightOf(user(Role.Operator))).toEqual({ kind: 'none' });
    for (const role of [Role.Enterprise, Role.College, Role.Expert]) {
      expect(oversightOf(user(role, ['130302']))).toEqual({ kind: 'none' });
    }
    expect(oversightOf(undefined)).toEqual({ kind: 'none' });
    expect(oversees({ kind: 'none' }, '130302')).toBe(false);
  });
});
