import { describe, expect, it } from '@jest/globals';
import { DomainError } from '@app/shared';
import {
  assertOrganizationRole,
  hasOrganizationRole,
  OrganizationRole,
  roleIncludes,
} from './organization-roles';
import {
  assertCanChangeRoles,
  assertCanInvite,
  assertCanRemove,
  assertKeepsAnOwner,
} from './team-policy';

const { Owner, Manager, Member } = OrganizationRole;

function codeOf(fn: () => void): string | null {
  try {
    fn();
    return null;
  } catch (error) {
    if (error instanceof DomainError) return `${error.kind}:${error.code}`;
    throw error;
  }
}

describe('organisation roles', () => {
  it('each role includes the ones below it', () => {
    expect(roleIncludes(Owner, Manager)).toBe(true);
    expect(roleIncludes(Owner, Member)).toBe(true);
    expect(roleIncludes(Manager, Member)).toBe(true);
    expect(roleIncludes(Manager, Owner)).toBe(false);
    expect(roleIncludes(Member, Manager)).toBe(false);
    expect(roleIncludes(Member, Member)).toBe(true);
  });

  it('no membership has no role', () => {
    expect(hasOrganizationRole(null, Member)).toBe(false);
    expect(hasOrganizationRole(undefined, Member)).toBe(false);
    expect(hasOrganizationRole({ role: Member }, Member)).toBe(true);
  });

  it('a member doing a manager’s job gets 403 ORGANIZATION_ROLE_REQUIRED naming the role', () => {
    expect(codeOf(() => assertOrganizationRole({ role: Member }, Manager))).toBe(
      'forbidden:ORGANIZATION_ROLE_REQUIRED',
    );
    try {
      assertOrganizationRole({ role: Manager }, Owner);
    } catch (error) {
      expect((error as Error).message).toContain('owner');
    }
    expect(codeOf(() => assertOrganizationRole({ role: Owner }, Manager))).toBeNull();
  });
});

describe('team rules', () => {
  it('managers invite members and managers; only owners invite owners; members invite no one', () => {
    expect(codeOf(() => assertCanInvite(Owner, Owner))).toBeNull();
    expect(codeOf(() => assertCanInvite(Manager, Manager))).toBeNull();
    expect(codeOf(() => assertCanInvite(Manager, Member))).toBeNull();
    expect(codeOf(() => assertCanInvite(Manager, Owner))).toBe(
      'forbidden:ORGANIZATION_ROLE_REQUIRED',
    );
    expect(codeOf(() => assertCanInvite(Member, Member))).toBe(
      'forbidden:ORGANIZATION_ROLE_REQUIRED',
    );
  });

  it('anyone leaves; owners remove anyone; managers remove members only', () => {
    expect(codeOf(() => assertCanRemove(Member, Member, true))).toBeNull();
    expect(codeOf(() => assertCanRemove(Owner, Manager, false))).toBeNull();
    expect(codeOf(() => assertCanRemove(Owner, Owner, false))).toBeNull();
    expect(codeOf(() => assertCanRemove(Manager, Member, false))).toBeNull();
    expect(codeOf(() => assertCanRemove(Manager, Manager, false))).toBe(
      'forbidden:ORGANIZATION_ROLE_REQUIRED',
    );
    expect(codeOf(() => assertCanRemove(Manager, Owner, false))).toBe(
      'forbidden:ORGANIZATION_ROLE_REQUIRED',
    );
    expect(codeOf(() => assertCanRemove(Member, Member, false))).toBe(
      'forbidden:ORGANIZATION_ROLE_REQUIRED',
    );
  });

  it('only owners change roles', () => {
    expect(codeOf(() => assertCanChangeRoles(Owner))).toBeNull();
    expect(codeOf(() => assertCanChangeRoles(Manager))).toBe(
      'forbidden:ORGANIZATION_ROLE_REQUIRED',
    );
  });

  it('the last owner can neither leave, be removed nor be demoted', () => {
    expect(codeOf(() => assertKeepsAnOwner(Owner, null, 1))).toBe('conflict:LAST_OWNER');
    expect(codeOf(() => assertKeepsAnOwner(Owner, Manager, 1))).toBe('conflict:LAST_OWNER');
    expect(codeOf(() => assertKeepsAnOwner(Owner, Owner, 1))).toBeNull();
    expect(codeOf(() => assertKeepsAnOwner(Owner, null, 2))).toBeNull();
    expect(codeOf(() => assertKeepsAnOwner(Manager, null, 1))).toBeNull();
  });
});
