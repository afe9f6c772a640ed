import { describe, expect, it } from '@jest/globals';
import { type AuthUser, DomainError, Role } from '@app/shared';
import { OrganizationRole } from '../team/organization-roles';
import { assertCanEdit } from './organization-access';

const user = { id: 'u-1', role: Role.Enterprise, sessionId: 's' } as AuthUser;
const admin = { id: 'a-1', role: Role.Admin, sessionId: 's' } as AuthUser;

function codeOf(fn: () => void): string | null {
  try {
    fn();
    return null;
  } catch (error) {
    if (error instanceof DomainError) return error.code;
    throw error;
  }
}

describe('who edits an organisation’s profile', () => {
  it('managers and owners do; members need the manager role; outsiders are not members', () => {
    expect(codeOf(() => assertCanEdit(user, { role: OrganizationRole.Owner }))).toBeNull();
    expect(codeOf(() => assertCanEdit(user, { role: OrganizationRole.Manager }))).toBeNull();
    expect(codeOf(() => assertCanEdit(user, { role: OrganizationRole.Member }))).toBe(
      'ORGANIZATION_ROLE_REQUIRED',
    );
    expect(codeOf(() => assertCanEdit(user, null))).toBe('NOT_ORGANIZATION_MEMBER');
  });

  it('admins do without being members', () => {
    expect(codeOf(() => assertCanEdit(admin, null))).toBeNull();
  });
});
