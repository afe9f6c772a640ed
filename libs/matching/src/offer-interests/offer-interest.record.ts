import type { DeclineReason } from '../connections/connection.types';
import type { OfferInterest } from './offer-interest.entity';
import type { OfferInterestStatus, OfferOwnerType } from './offer-interest.types';

/** An offer interest as other contexts read it (no message, no contacts). */
export interface OfferInterestRecord {
  readonly id: string;
  readonly offerId: string;
  readonly ownerType: OfferOwnerType;
  readonly ownerExpertId: string | null;
  readonly ownerOrganizationId: string | null;
  readonly organizationId: string;
  readonly status: OfferInterestStatus;
  readonly declineReason: DeclineReason | null;
  readonly declineNote: string | null;
  readonly version: number;
}

export function toOfferInterestRecord(i: OfferInterest): OfferInterestRecord {
  return {
    id: i.id,
    offerId: i.offerId,
    ownerType: i.ownerType,
    ownerExpertId: i.ownerExpertId,
    ownerOrganizationId: i.ownerOrganizationId,
    organizationId: i.organizationId,
    status: i.status,
    declineReason: i.declineReason,
    declineNote: i.declineNote,
    version: i.version,
  };
}

/** What a conversation about the interest needs: the record, its opening message, the offer's title. */
export interface OfferInterestSubjectRecord extends OfferInterestRecord {
  readonly message: string;
  readonly offerTitle: string;
  readonly createdAt: Date;
}
