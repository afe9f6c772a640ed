import { describe, expect, it } from '@jest/globals';
import { OrganizationKind, OrganizationRole, VerificationStatus } from '@app/organizations';
import { PartnerType } from './programme.types';
import { actingSidesOf, sidesOf } from './project-sides';

const partners = [
  { type: PartnerType.Enterprise, organizationId: 'e1', expertId: null },
  { type: PartnerType.College, organizationId: 'c1', expertId: null },
  { type: PartnerType.Expert, organizationId: null, expertId: 'x1' },
];

const membership = (organizationId: string, role: OrganizationRole) => ({
  organizationId,
  role,
  kind: OrganizationKind.Enterprise,
  name: '某企业',
  status: VerificationStatus.Verified,
  district: '330102',
  industryCode: null,
});

describe('project sides', () => {
  it('members read, managers and partner experts act', () => {
    const member = { membership: membership('e1', OrganizationRole.Member), expertId: null };
    expect(sidesOf(member, partners)).toEqual(['organization:e1']);
    expect(actingSidesOf(member, partners)).toEqual([]);
    const manager = { membership: membership('c1', OrganizationRole.Manager), expertId: null };
    expect(actingSidesOf(manager, partners)).toEqual(['organization:c1']);
    const expert = { membership: null, expertId: 'x1' };
    expect(actingSidesOf(expert, partners)).toEqual(['expert:x1']);
  });

  it('an outsider has no side', () => {
    const outsider = { membership: membership('e2', OrganizationRole.Owner), expertId: 'x2' };
    expect(sidesOf(outsider, partners)).toEqual([]);
    expect(actingSidesOf(outsider, partners)).toEqual([]);
  });
});
