import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  OfferInterestReader,
  OfferInterestStatus,
  type OfferInterestSubjectRecord,
} from '@app/matching';
import { SubjectType } from '../conversation.types';
import type { ResolvedSubject, SubjectPhase, SubjectResolver } from './subject';

const PHASES: Record<OfferInterestStatus, SubjectPhase> = {
  [OfferInterestStatus.Pending]: 'pending',
  [OfferInterestStatus.Connected]: 'open',
  [OfferInterestStatus.Declined]: 'closed',
  [OfferInterestStatus.Withdrawn]: 'closed',
};

/**
 * An interest in an offer: the offer's provider (an expert, or a college) on one side, the
 * interested enterprise or college on the other. Its thread takes messages once accepted.
 */
@Injectable()
export class OfferInterestSubjects implements SubjectResolver {
  readonly type = SubjectType.OfferInterest;

  constructor(private readonly interests: OfferInterestReader) {}

  async resolve(
    ids: readonly string[],
    manager?: EntityManager,
  ): Promise<Map<string, ResolvedSubject>> {
    const found = await this.interests.subjects(ids, manager);
    return new Map([...found].map(([id, i]) => [id, toSubject(i)]));
  }
}

function toSubject(i: OfferInterestSubjectRecord): ResolvedSubject {
  return {
    type: SubjectType.OfferInterest,
    id: i.id,
    title: i.offerTitle,
    status: i.status,
    phase: PHASES[i.status],
    sides: [
      { side: 'owner', organizationId: i.ownerOrganizationId, expertId: i.ownerExpertId },
      { side: 'interested', organizationId: i.organizationId, expertId: null },
    ],
    opening: { side: 'interested', text: i.message, at: i.createdAt },
    organizationId: i.organizationId,
  };
}
