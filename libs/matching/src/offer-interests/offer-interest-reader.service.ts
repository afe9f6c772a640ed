import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, type EntityManager, In } from 'typeorm';
import { OfferReader } from '@app/demands';
import { ExpertDirectory } from '@app/experts';
import { type Membership, OrganizationDirectory } from '@app/organizations';
import { type AuthUser, DomainError, isAdmin, type Page, pageOf } from '@app/shared';
import { ContactBook } from '../contacts/contact-book';
import type { ListOfferInterestsQuery } from './dto/offer-interest.dto';
import { type OfferInterestView, toOfferInterestView } from './dto/offer-interest.view';
import { OfferInterest } from './offer-interest.entity';
import {
  type OfferInterestRecord,
  type OfferInterestSubjectRecord,
  toOfferInterestRecord,
} from './offer-interest.record';
import { OfferInterestStatus } from './offer-interest.types';

/** What the caller acts for: its organisation and its expert profile (either may be absent). */
export interface OfferParty {
  membership: Membership | null;
  expertId: string | null;
}

/** The side of an offer interest the caller is on, if any. */
export type OfferSide = 'owner' | 'interested';

export function offerSideOf(i: OfferInterest, party: OfferParty): OfferSide | null {
  const org = party.membership?.organizationId;
  if (org && org === i.organizationId) return 'interested';
  if (org && org === i.ownerOrganizationId) return 'owner';
  if (party.expertId && party.expertId === i.ownerExpertId) return 'owner';
  return null;
}

/** Reads offer interests for their two sides (and admins); to anyone else they do not exist. */
@Injectable()
export class OfferInterestReader {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly directory: OrganizationDirectory,
    private readonly experts: ExpertDirectory,
    private readonly offers: OfferReader,
    private readonly contacts: ContactBook,
  ) {}

  async partyOf(actor: AuthUser, manager?: EntityManager): Promise<OfferParty> {
    const m = manager ?? this.dataSource.manager;
    const membership = await this.directory.membershipOf(actor.id, m);
    const expert = await this.experts.byUserId(actor.id, m);
    return { membership, expertId: expert?.id ?? null };
  }

  /** For the platform's own use (notifications, conversations): no visibility check. */
  async record(id: string): Promise<OfferInterestRecord | null> {
    const i = await this.dataSource.getRepository(OfferInterest).findOneBy({ id });
    return i ? toOfferInterestRecord(i) : null;
  }

  /** For conversations: the interests with their opening message and the offer's title. */
  async subjects(
    ids: readonly string[],
    manager?: EntityManager,
  ): Promise<Map<string, OfferInterestSubjectRecord>> {
    if (ids.length === 0) return new Map();
    const m = manager ?? this.dataSource.manager;
    const rows = await m.getRepository(OfferInterest).findBy({ id: In([...new Set(ids)]) });
    const offers = await this.offers.byIds([...new Set(rows.map((i) => i.offerId))]);
    return new Map(
      rows.map((i) => [
        i.id,
        {
          ...toOfferInterestRecord(i),
          message: i.message,
          offerTitle: offers.get(i.offerId)?.title ?? '',
          createdAt: i.createdAt,
        },
      ]),
    );
  }

  async get(actor: AuthUser, id: string): Promise<OfferInterestView> {
    const i = await this.dataSource.getRepository(OfferInterest).findOneBy({ id });
    if (!i || (!isAdmin(actor) && !offerSideOf(i, await this.partyOf(actor)))) {
      throw DomainError.notFound('Offer interest', 'OFFER_INTEREST_NOT_FOUND');
    }
    return (await this.views([i]))[0];
  }

  async view(id: string): Promise<OfferInterestView> {
    const i = await this.dataSource.getRepository(OfferInterest).findOneByOrFail({ id });
    return (await this.views([i]))[0];
  }

  async list(actor: AuthUser, query: ListOfferInterestsQuery): Promise<Page<OfferInterestView>> {
    const qb = this.dataSource.getRepository(OfferInterest).createQueryBuilder('i');
    if (!isAdmin(actor)) {
      const party = await this.partyOf(actor);
      const org = party.membership?.organizationId ?? null;
      if (!org && !party.expertId) return pageOf([], 0, query);
      const sent = 'i.organization_id = :org';
      const received = '(i.owner_organization_id = :org OR i.owner_expert_id = :expert)';
      const where =
        query.direction === 'sent'
          ? sent
          : query.direction === 'received'
            ? received
            : `(${sent} OR ${received})`;
      // Unknown ids are bound as null, which matches nothing.
      qb.where(where, { org, expert: party.expertId });
    }
    if (query.status) qb.andWhere('i.status = :status', { status: query.status });
    const [rows, total] = await qb
      .orderBy('i.createdAt', 'DESC')
      .addOrderBy('i.id', 'ASC')
      .skip(query.offset)
      .take(query.pageSize)
      .getManyAndCount();
    return pageOf(await this.views(rows), total, query);
  }

  /** Names in one batched read per context; contacts only for accepted interests. */
  private async views(rows: OfferInterest[]): Promise<OfferInterestView[]> {
    const ids = (pick: (i: OfferInterest) => (string | null)[]) => [
      ...new Set(rows.flatMap(pick).filter((v): v is string => v !== null)),
    ];
    const connected = rows.filter((i) => i.status === OfferInterestStatus.Connected);
    const [offers, orgs, experts, orgContacts, expertContacts] = await Promise.all([
      this.offers.byIds(ids((i) => [i.offerId])),
      this.directory.byIds(ids((i) => [i.organizationId, i.ownerOrganizationId])),
      this.experts.byIds(ids((i) => [i.ownerExpertId])),
      this.contacts.ofOrganizations(
        connected.flatMap((i) => [i.organizationId, i.ownerOrganizationId ?? i.organizationId]),
      ),
      this.contacts.ofExperts(
        connected.map((i) => i.ownerExpertId).filter((v): v is string => v !== null),
      ),
    ]);
    return rows.map((i) => {
      const offer = offers.get(i.offerId);
      const names = {
        offer: { id: i.offerId, title: offer?.title ?? '', kind: offer?.kind ?? '' },
        ownerName:
          (i.ownerExpertId
            ? experts.get(i.ownerExpertId)?.name
            : orgs.get(i.ownerOrganizationId ?? '')?.name) ?? '',
        organizationName: orgs.get(i.organizationId)?.name ?? '',
      };
      if (i.status !== OfferInterestStatus.Connected) return toOfferInterestView(i, names);
      return toOfferInterestView(i, names, {
        owner:
          (i.ownerExpertId
            ? expertContacts.get(i.ownerExpertId)
            : orgContacts.get(i.ownerOrganizationId ?? '')) ?? [],
        interested: orgContacts.get(i.organizationId) ?? [],
      });
    });
  }
}
