import { describe, expect, it } from '@jest/globals';
import { DemandKind, type DemandRecord, DemandStatus } from '@app/demands';
import {
  type Membership,
  OrganizationKind,
  OrganizationRole,
  VerificationStatus,
} from '@app/organizations';
import {
  assertCandidateFits,
  assertDemandOpen,
  assertInitiator,
  assertPending,
  assertResponder,
  type Party,
  respondingSide,
  sideOf,
  visibleDemand,
} from './connection-policy';
import type { Connection } from './connection.entity';
import { CandidateType, ConnectionInitiator, ConnectionStatus } from './connection.types';

const connection = (over: Partial<Connection> = {}) =>
  ({
    id: 'c-1',
    demandId: 'd-1',
    ownerId: 'ent-1',
    candidateType: CandidateType.Expert,
    expertId: 'exp-1',
    candidateOrganizationId: null,
    initiatedBy: ConnectionInitiator.Candidate,
    status: ConnectionStatus.Pending,
    ...over,
  }) as Connection;
const membership = (organizationId: string): Membership => ({
  organizationId,
  kind: OrganizationKind.Enterprise,
  name: '某企业',
  status: VerificationStatus.Verified,
  district: '130302',
  industryCode: null,
  role: OrganizationRole.Owner,
});
const party = (p: Partial<Party>): Party => ({ membership: null, expertId: null, ...p });
const demand = (status: DemandStatus) =>
  ({ id: 'd-1', organizationId: 'ent-1', status }) as DemandRecord;

describe('sides of a connection', () => {
  it('finds the enterprise, the expert and the college by what the caller acts for', () => {
    const toExpert = connection();
    expect(sideOf(toExpert, party({ membership: membership('ent-1') }))).toBe('owner');
    expect(sideOf(toExpert, party({ expertId: 'exp-1' }))).toBe('candidate');
    expect(sideOf(toExpert, party({ expertId: 'exp-2' }))).toBeNull();
    const toCollege = connection({ expertId: null, candidateOrganizationId: 'col-1' });
    expect(sideOf(toCollege, party({ membership: membership('col-1') }))).toBe('candidate');
    expect(sideOf(toCollege, party({}))).toBeNull();
  });

  it('lets the side that did not move first answer', () => {
    expect(respondingSide(connection())).toBe(ConnectionInitiator.Owner);
    const invitation = connection({ initiatedBy: ConnectionInitiator.Owner });
    expect(respondingSide(invitation)).toBe(ConnectionInitiator.Candidate);
    expect(() => assertResponder(invitation, ConnectionInitiator.Candidate)).not.toThrow();
    expect(() => assertResponder(invitation, ConnectionInitiator.Owner)).toThrow(
      expect.objectContaining({ code: 'NOT_YOUR_TURN' }),
    );
  });

  it('lets only the initiator withdraw, and only while pending', () => {
    const interest = connection();
    expect(() => assertInitiator(interest, ConnectionInitiator.Candidate)).not.toThrow();
    expect(() => assertInitiator(interest, ConnectionInitiator.Owner)).toThrow(
      expect.objectContaining({ code: 'NOT_INITIATOR' }),
    );
    expect(() => assertPending(interest, 'withdrawn')).not.toThrow();
    expect(() =>
      assertPending(connection({ status: ConnectionStatus.Connected }), 'withdrawn'),
    ).toThrow(expect.objectContaining({ code: 'INVALID_STATUS_TRANSITION' }));
  });
});

describe('the demand behind a connection', () => {
  it('hides drafts from everyone but their enterprise (404)', () => {
    expect(() => visibleDemand(demand(DemandStatus.Draft), 'ent-2')).toThrow(
      expect.objectContaining({ kind: 'not_found' }),
    );
    expect(() => visibleDemand(null, 'ent-1')).toThrow(
      expect.objectContaining({ kind: 'not_found' }),
    );
    expect(visibleDemand(demand(DemandStatus.Draft), 'ent-1').id).toBe('d-1');
    expect(visibleDemand(demand(DemandStatus.Open), undefined).id).toBe('d-1');
  });

  it('takes new moves on open demands only', () => {
    expect(() => assertDemandOpen(demand(DemandStatus.Open))).not.toThrow();
    expect(() => assertDemandOpen(demand(DemandStatus.Closed))).toThrow(
      expect.objectContaining({ code: 'DEMAND_NOT_OPEN' }),
    );
  });
});

describe('who answers which demand', () => {
  const of = (kind: DemandKind) => ({ id: 'd-1', organizationId: 'org-1', kind }) as DemandRecord;
  it('experts and colleges answer enterprises; experts and enterprises answer colleges', () => {
    expect(() => assertCandidateFits(of(DemandKind.Rnd), CandidateType.College)).not.toThrow();
    expect(() => assertCandidateFits(of(DemandKind.Rnd), CandidateType.Enterprise)).toThrow(
      expect.objectContaining({ code: 'CANDIDATE_TYPE_NOT_ALLOWED' }),
    );
    for (const type of [CandidateType.Expert, CandidateType.Enterprise]) {
      expect(() => assertCandidateFits(of(DemandKind.InternshipBase), type)).not.toThrow();
    }
    expect(() => assertCandidateFits(of(DemandKind.CoBuilding), CandidateType.College)).toThrow(
      expect.objectContaining({ code: 'CANDIDATE_TYPE_NOT_ALLOWED' }),
    );
  });
});
