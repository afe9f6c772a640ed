import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, type EntityManager, Not } from 'typeorm';
import { AuditActions, AuditLog, AuditTargets } from '@app/audit';
import { OfferProvider, OfferReader, OfferStatus } from '@app/demands';
import { OrganizationKind, VerificationStatus } from '@app/organizations';
import { type AuthUser, DomainError, isUniqueViolation, OutboxService } from '@app/shared';
import type { DeclineDto, ExpressInterestDto } from '../connections/dto/connection.dto';
import type { OfferInterestView } from './dto/offer-interest.view';
import {
  offerInterestEvent,
  OfferInterestEvents,
  type OfferInterestEventType,
} from './offer-interest-events';
import { OfferInterestReader, type OfferSide, offerSideOf } from './offer-interest-reader.service';
import { OfferInterest } from './offer-interest.entity';
import { OfferInterestStatus, OfferOwnerType } from './offer-interest.types';

const DUPLICATE = () =>
  DomainError.conflict(
    'DUPLICATE_INTEREST',
    'Your organisation already showed interest in this offer',
  );

/**
 * Interest in offers (research results, training programmes, consulting): a verified enterprise
 * or college shows interest; the offer's owner accepts (contacts are revealed to both) or
 * declines with a reason; the interested side may withdraw while it is pending. Each change is
 * one transaction with its event.
 */
@Injectable()
export class OfferInterestsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly offers: OfferReader,
    private readonly reader: OfferInterestReader,
    private readonly outbox: OutboxService,
    private readonly audit: AuditLog,
  ) {}

  async express(actor: AuthUser, offerId: string, input: ExpressInterestDto) {
    let id: string;
    try {
      id = await this.dataSource.transaction(async (m) => {
        const { membership } = await this.reader.partyOf(actor, m);
        if (
          !membership ||
          ![OrganizationKind.Enterprise, OrganizationKind.College].includes(membership.kind)
        ) {
          throw DomainError.conflict(
            'ORGANIZATION_REQUIRED',
            'Register your enterprise or college first: interest in offers is shown by organisations',
          );
        }
        if (membership.status !== VerificationStatus.Verified) {
          throw DomainError.conflict(
            'ORG_NOT_VERIFIED',
            'Your organisation must be verified by the platform first',
          );
        }
        const offer = (await this.offers.byIds([offerId])).get(offerId);
        if (!offer || offer.status !== OfferStatus.Active)
          throw DomainError.notFound('Offer', 'OFFER_NOT_FOUND');
        if (offer.organizationId === membership.organizationId) {
          throw DomainError.conflict('OWN_OFFER', 'You cannot show interest in your own offer');
        }
        const taken = await m.exists(OfferInterest, {
          where: {
            offerId,
            organizationId: membership.organizationId,
            status: Not(OfferInterestStatus.Withdrawn),
          },
        });
        if (taken) throw DUPLICATE();
        const interest = m.create(OfferInterest, {
          offerId,
          ownerType:
            offer.providerType === OfferProvider.Expert
              ? OfferOwnerType.Expert
              : OfferOwnerType.College,
          ownerExpertId: offer.expertId,
          ownerOrganizationId: offer.organizationId,
          organizationId: membership.organizationId,
          message: input.message,
          status: OfferInterestStatus.Pending,
          createdBy: actor.id,
          version: 1,
        });
        await m.save(interest);
        await this.outbox.record(m, offerInterestEvent(OfferInterestEvents.Expressed, interest));
        return interest.id;
      });
    } catch (error) {
      if (isUniqueViolation(error, 'ux_offer_interests_offer_organization')) throw DUPLICATE();
      throw error;
    }
    return this.reader.view(id);
  }

  accept(actor: AuthUser, id: string): Promise<OfferInterestView> {
    return this.change(actor, id, 'owner', 'accepted', async (m, i) => {
      i.status = OfferInterestStatus.Connected;
      i.respondedAt = new Date();
      i.respondedBy = actor.id;
      await this.audit.record(m, {
        actor,
        action: AuditActions.OfferInterestContactsRevealed,
        target: { type: AuditTargets.OfferInterest, id: i.id },
        organizationId: i.organizationId,
        details: { offerId: i.offerId, ownerType: i.ownerType },
      });
      return OfferInterestEvents.Connected;
    });
  }

  decline(actor: AuthUser, id: string, input: DeclineDto): Promise<OfferInterestView> {
    return this.change(actor, id, 'owner', 'declined', async (_m, i) => {
      i.status = OfferInterestStatus.Declined;
      i.declineReason = input.reason;
      i.declineNote = input.note ?? null;
      i.respondedAt = new Date();
      i.respondedBy = actor.id;
      return OfferInterestEvents.Declined;
    });
  }

  withdraw(actor: AuthUser, id: string): Promise<OfferInterestView> {
    return this.change(actor, id, 'interested', 'withdrawn', async (_m, i) => {
      i.status = OfferInterestStatus.Withdrawn;
      return OfferInterestEvents.Withdrawn;
    });
  }

  /** Locks the interest, checks the caller's side (none: 404) and that it is pending. */
  private async change(
    actor: AuthUser,
    id: string,
    allowed: OfferSide,
    action: string,
    work: (m: EntityManager, i: OfferInterest) => Promise<OfferInterestEventType>,
  ): Promise<OfferInterestView> {
    await this.dataSource.transaction(async (m) => {
      const i = await m.findOne(OfferInterest, {
        where: { id },
        lock: { mode: 'pessimistic_write' },
      });
      const side = i ? offerSideOf(i, await this.reader.partyOf(actor, m)) : null;
      if (!i || !side) throw DomainError.notFound('Offer interest', 'OFFER_INTEREST_NOT_FOUND');
      if (side !== allowed) {
        throw allowed === 'owner'
          ? DomainError.forbidden(
              "Only the offer's provider answers this interest",
              'NOT_YOUR_TURN',
            )
          : DomainError.forbidden(
              'Only the interested organisation may withdraw it',
              'NOT_INITIATOR',
            );
      }
      if (i.status !== OfferInterestStatus.Pending) {
        throw DomainError.conflict(
          'INVALID_STATUS_TRANSITION',
          `A ${i.status} interest cannot be ${action}`,
        );
      }
      const type = await work(m, i);
      i.version += 1;
      await m.save(i);
      await this.outbox.record(m, offerInterestEvent(type, i));
    });
    return this.reader.view(id);
  }
}
