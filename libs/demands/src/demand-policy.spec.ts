import { describe, expect, it } from '@jest/globals';
import type { Membership } from '@app/organizations';
import { OrganizationKind, OrganizationRole, VerificationStatus } from '@app/organizations';
import { type AuthUser, Role } from '@app/shared';
import type { Demand } from './demand.entity';
import {
  assertDeadlineAhead,
  assertOwner,
  assertStatus,
  assertVerified,
  assertVisible,
  cityToday,
  isDemandVisible,
} from './demand-policy';
import { DemandStatus } from './demand.types';

const demand = (status: DemandStatus, organizationId = 'ent-1') =>
  ({ id: 'd-1', status, organizationId }) as Demand;
const member = (organizationId: string, status = VerificationStatus.Verified): Membership => ({
  organizationId,
  kind: OrganizationKind.Enterprise,
  name: '某企业',
  status,
  district: '130302',
  industryCode: '3042',
  role: OrganizationRole.Owner,
});
const admin = { id: 'a-1', role: Role.Admin } as AuthUser;
const someone = { id: 'u-1', role: Role.Enterprise } as AuthUser;

describe('cityToday', () => {
  it('uses the city time zone (UTC+8), not the server clock', () => {
    expect(cityToday(new Date('2026-03-01T16:30:00Z'))).toBe('2026-03-02');
    expect(cityToday(new Date('2026-03-01T15:59:00Z'))).toBe('2026-03-01');
  });
});

describe('draft visibility', () => {
  it('shows drafts to their organisation and admins only', () => {
    const draft = demand(DemandStatus.Draft);
    expect(isDemandVisible(draft, 'ent-1')).toBe(true);
    expect(isDemandVisible(draft, 'ent-2')).toBe(false);
    expect(isDemandVisible(draft, undefined)).toBe(false);
    expect(isDemandVisible(draft, null, true)).toBe(true);
  });

  it('shows open and closed demands to everyone', () => {
    expect(isDemandVisible(demand(DemandStatus.Open), undefined)).toBe(true);
    expect(isDemandVisible(demand(DemandStatus.Closed), 'ent-2')).toBe(true);
  });

  it('answers 404, never 403, for a draft of someone else and for no demand', () => {
    const notFound = { kind: 'not_found', code: 'NOT_FOUND' };
    expect(() => assertVisible(demand(DemandStatus.Draft), someone, member('ent-2'))).toThrow(
      expect.objectContaining(notFound),
    );
    expect(() => assertVisible(null, admin, null)).toThrow(expect.objectContaining(notFound));
    expect(assertVisible(demand(DemandStatus.Draft), admin, null).id).toBe('d-1');
  });

  it('shows a district operator the drafts it oversees only, never by its role alone', () => {
    const operator: AuthUser = {
      id: 'o-1',
      role: Role.Operator,
      sessionId: 's',
      districts: ['130302'],
    };
    const draft = demand(DemandStatus.Draft);
    expect(() => assertVisible(draft, operator, null)).toThrow(
      expect.objectContaining({ code: 'NOT_FOUND' }),
    );
    expect(() => assertVisible(draft, operator, null, false)).toThrow(
      expect.objectContaining({ code: 'NOT_FOUND' }),
    );
    expect(assertVisible(draft, operator, null, true).id).toBe('d-1');
  });
});

describe('demand rules', () => {
  it('lets only the posting organisation change a demand', () => {
    expect(() => assertOwner(demand(DemandStatus.Open), member('ent-1'))).not.toThrow();
    expect(() => assertOwner(demand(DemandStatus.Open), member('ent-2'))).toThrow(
      expect.objectContaining({ code: 'NOT_DEMAND_OWNER' }),
    );
    expect(() => assertOwner(demand(DemandStatus.Open), null)).toThrow(
      expect.objectContaining({ code: 'NOT_DEMAND_OWNER' }),
    );
  });

  it('requires a verified organisation to publish', () => {
    expect(() => assertVerified(member('ent-1'))).not.toThrow();
    expect(() => assertVerified(member('ent-1', VerificationStatus.Pending))).toThrow(
      expect.objectContaining({ code: 'ORG_NOT_VERIFIED' }),
    );
  });

  it('names the transition a status does not allow', () => {
    expect(() =>
      assertStatus(demand(DemandStatus.Draft), [DemandStatus.Draft], 'published'),
    ).not.toThrow();
    expect(() =>
      assertStatus(demand(DemandStatus.Closed), [DemandStatus.Draft], 'published'),
    ).toThrow(
      expect.objectContaining({
        code: 'INVALID_STATUS_TRANSITION',
        message: 'A closed demand cannot be published',
      }),
    );
  });

  it('refuses a deadline before today in the city, with the field named', () => {
    expect(() => assertDeadlineAhead(null)).not.toThrow();
    expect(() => assertDeadlineAhead(cityToday())).not.toThrow();
    expect(() => assertDeadlineAhead('2020-01-01')).toThrow(
      expect.objectContaining({
        code: 'DEADLINE_PASSED',
        fieldErrors: [expect.objectContaining({ field: 'deadline' })],
      }),
    );
  });
});
