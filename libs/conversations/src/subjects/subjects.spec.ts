import { describe, expect, it } from '@jest/globals';
import {
  CandidateType,
  ConnectionInitiator,
  type ConnectionReader,
  ConnectionStatus,
  type ConnectionSubjectRecord,
  type OfferInterestReader,
  OfferInterestStatus,
  type OfferInterestSubjectRecord,
  OfferOwnerType,
} from '@app/matching';
import { SubjectType } from '../conversation.types';
import { readOnlyReason } from '../views';
import { ConnectionSubjects } from './connection-subjects';
import { OfferInterestSubjects } from './offer-interest-subjects';
import { Subjects } from './subjects';

const connection = (status: ConnectionStatus, college = false): ConnectionSubjectRecord => ({
  id: 'c1',
  demandId: 'd1',
  ownerId: 'ent',
  candidateType: college ? CandidateType.College : CandidateType.Expert,
  expertId: college ? null : 'exp',
  candidateOrganizationId: college ? 'col' : null,
  initiatedBy: ConnectionInitiator.Candidate,
  status,
  declineReason: null,
  declineNote: null,
  version: 1,
  message: '可以上门诊断',
  demandTitle: '钢化工艺优化',
  createdAt: new Date('2026-12-01T00:00:00Z'),
});

const resolverFor = (record: ConnectionSubjectRecord) =>
  new ConnectionSubjects({
    subjects: async () => new Map([[record.id, record]]),
  } as unknown as ConnectionReader);

const interest = (status: OfferInterestStatus): OfferInterestSubjectRecord => ({
  id: 'i1',
  offerId: 'o1',
  ownerType: OfferOwnerType.Expert,
  ownerExpertId: 'exp',
  ownerOrganizationId: null,
  organizationId: 'ent',
  status,
  declineReason: null,
  declineNote: null,
  version: 1,
  message: '想了解镀膜技术',
  offerTitle: '减反射镀膜技术',
  createdAt: new Date('2026-12-01T00:00:00Z'),
});

const offerResolverFor = (record: OfferInterestSubjectRecord | null) =>
  new OfferInterestSubjects({
    subjects: async () => new Map(record ? [[record.id, record]] : []),
  } as unknown as OfferInterestReader);

const noOfferInterests = offerResolverFor(null);

describe('subjects', () => {
  it('refuse to start when a subject type has no resolver', () => {
    expect(() => new Subjects([])).toThrow(/No subject resolver for connection/);
  });

  it('answer 404 CONVERSATION_NOT_FOUND for a subject that does not exist', async () => {
    const subjects = new Subjects([
      new ConnectionSubjects({ subjects: async () => new Map() } as unknown as ConnectionReader),
      noOfferInterests,
    ]);
    await expect(subjects.one(SubjectType.Connection, 'nope')).rejects.toMatchObject({
      kind: 'not_found',
      code: 'CONVERSATION_NOT_FOUND',
    });
  });

  it('map a connection to its sides, opening message and phase', async () => {
    const subjects = new Subjects([
      resolverFor(connection(ConnectionStatus.Connected, true)),
      noOfferInterests,
    ]);
    const s = await subjects.one(SubjectType.Connection, 'c1');
    expect(s).toMatchObject({
      title: '钢化工艺优化',
      status: 'connected',
      phase: 'open',
      sides: [
        { side: 'owner', organizationId: 'ent', expertId: null },
        { side: 'candidate', organizationId: 'col', expertId: null },
      ],
      opening: { side: 'candidate', text: '可以上门诊断' },
    });
    expect(readOnlyReason(s, 'owner')).toBeNull();
    expect(readOnlyReason(s, null)).toBe('ADMINS_READ_ONLY');
  });

  it('keep pending, declined and withdrawn connections read-only, each with its reason', async () => {
    const reason = async (status: ConnectionStatus) =>
      readOnlyReason(
        await new Subjects([resolverFor(connection(status)), noOfferInterests]).one(
          SubjectType.Connection,
          'c1',
        ),
        'candidate',
      );
    expect(await reason(ConnectionStatus.Pending)).toBe('CONVERSATION_NOT_OPEN');
    expect(await reason(ConnectionStatus.Declined)).toBe('CONVERSATION_CLOSED');
    expect(await reason(ConnectionStatus.Withdrawn)).toBe('CONVERSATION_CLOSED');
  });

  it('map an offer interest to its provider and the interested organisation', async () => {
    const subjects = new Subjects([
      resolverFor(connection(ConnectionStatus.Connected)),
      offerResolverFor(interest(OfferInterestStatus.Connected)),
    ]);
    const s = await subjects.one(SubjectType.OfferInterest, 'i1');
    expect(s).toMatchObject({
      title: '减反射镀膜技术',
      phase: 'open',
      sides: [
        { side: 'owner', organizationId: null, expertId: 'exp' },
        { side: 'interested', organizationId: 'ent', expertId: null },
      ],
      opening: { side: 'interested', text: '想了解镀膜技术' },
      organizationId: 'ent',
    });
    const pending = await new Subjects([
      resolverFor(connection(ConnectionStatus.Connected)),
      offerResolverFor(interest(OfferInterestStatus.Pending)),
    ]).one(SubjectType.OfferInterest, 'i1');
    expect(readOnlyReason(pending, 'interested')).toBe('CONVERSATION_NOT_OPEN');
  });
});
