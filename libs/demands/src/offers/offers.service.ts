import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { ExpertDirectory } from '@app/experts';
import {
  assertOrganizationRole,
  OrganizationDirectory,
  OrganizationKind,
  OrganizationRole,
  VerificationStatus,
} from '@app/organizations';
import { industryPatterns } from '@app/reference';
import {
  type AuthUser,
  definedOnly,
  DomainError,
  isAdmin,
  OutboxService,
  type Page,
  Role,
  findPage,
  escapeLike,
} from '@app/shared';
import type { CreateOfferDto, ListOffersQuery, OfferView, UpdateOfferDto } from './offer.dto';
import { OfferEvents, offerEvent } from './offer-events';
import { Offer, OfferProvider, OfferStatus } from './offer.entity';

interface Provider {
  providerType: OfferProvider;
  organizationId: string | null;
  expertId: string | null;
}

const toView = ({ createdBy: _createdBy, ...view }: Offer): OfferView => view;

function ownedBy(offer: Offer, provider: Provider | null): boolean {
  if (!provider || provider.providerType !== offer.providerType) return false;
  return provider.providerType === OfferProvider.College
    ? offer.organizationId === provider.organizationId
    : offer.expertId === provider.expertId;
}

/** Offers by verified colleges and by experts with a profile. */
@Injectable()
export class OffersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly directory: OrganizationDirectory,
    private readonly experts: ExpertDirectory,
    private readonly outbox: OutboxService,
  ) {}

  async create(actor: AuthUser, input: CreateOfferDto): Promise<OfferView> {
    const provider = await this.providerOf(actor, { minRole: OrganizationRole.Manager });
    return this.dataSource.transaction(async (m) => {
      const offer = m.create(Offer, {
        description: '',
        ...input,
        ...provider,
        createdBy: actor.id,
        version: 1,
      });
      await m.save(offer);
      await this.outbox.record(m, offerEvent(OfferEvents.Published, offer));
      return toView(offer);
    });
  }

  async update(actor: AuthUser, id: string, body: UpdateOfferDto): Promise<OfferView> {
    const input = definedOnly(body);
    // Owners manage their offers even while their college is back under review.
    const provider = await this.providerOf(actor, {
      mustBeVerified: false,
      minRole: OrganizationRole.Manager,
    });
    return this.dataSource.transaction(async (m) => {
      const offer = await m.findOne(Offer, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!offer) throw DomainError.notFound('Offer');
      if (!ownedBy(offer, provider)) {
        throw DomainError.forbidden('Only the provider may change this offer', 'NOT_OFFER_OWNER');
      }
      if (Object.keys(input).length === 0) return toView(offer);
      Object.assign(offer, input, { version: offer.version + 1 });
      await m.save(offer);
      await this.outbox.record(m, offerEvent(OfferEvents.Updated, offer));
      return toView(offer);
    });
  }

  /** Anyone sees offers of verified colleges and public experts; providers and admins see their own. */
  async get(actor: AuthUser | undefined, id: string): Promise<OfferView> {
    const offer = await this.visibleOffers().andWhere('o.id = :id', { id }).getOne();
    if (offer) return toView(offer);
    const hidden = await this.dataSource.getRepository(Offer).findOneBy({ id });
    // Not a provider (a refusal) means "not the owner"; a database outage must surface as a 5xx.
    const provider = actor
      ? await this.providerOf(actor, { mustBeVerified: false }).catch(refusalAsNull)
      : null;
    if (hidden && (isAdmin(actor) || ownedBy(hidden, provider))) return toView(hidden);
    throw DomainError.notFound('Offer');
  }

  async list(query: ListOffersQuery): Promise<Page<OfferView>> {
    const qb = this.visibleOffers().andWhere('o.status = :status', { status: OfferStatus.Active });
    if (query.kind) qb.andWhere('o.kind = :kind', { kind: query.kind });
    if (query.providerType) qb.andWhere('o.provider_type = :p', { p: query.providerType });
    if (query.organizationId)
      qb.andWhere('o.organization_id = :org', { org: query.organizationId });
    if (query.expertId) qb.andWhere('o.expert_id = :expert', { expert: query.expertId });
    if (query.q) qb.andWhere('o.title ILIKE :q', { q: `%${escapeLike(query.q)}%` });
    if (query.industry) {
      qb.andWhere('EXISTS (SELECT 1 FROM unnest(o.industry_codes) c WHERE c LIKE ANY(:patterns))', {
        patterns: industryPatterns(query.industry),
      });
    }
    if (query.createdFrom) qb.andWhere('o.created_at >= :from', { from: query.createdFrom });
    if (query.createdTo) qb.andWhere('o.created_at < :to', { to: query.createdTo });
    return findPage(qb.orderBy('o.created_at', 'DESC').addOrderBy('o.id', 'ASC'), query, toView);
  }

  /** Offers whose provider is public: a verified college or an expert with a public profile. */
  private visibleOffers() {
    // Joined by table (the providers' entities belong to other contexts): one query keeps
    // paging exact.
    return this.dataSource
      .getRepository(Offer)
      .createQueryBuilder('o')
      .leftJoin('organizations', 'org', 'org.id = o.organization_id')
      .leftJoin('experts', 'ex', 'ex.id = o.expert_id')
      .where(`(org.status = 'verified' OR ex.is_public = true)`);
  }

  /** `minRole`: what the caller's role in its college must include (reading needs none). */
  private async providerOf(
    actor: AuthUser,
    { mustBeVerified = true, minRole = OrganizationRole.Member } = {},
  ): Promise<Provider> {
    if (actor.role === Role.Expert) {
      const expert = await this.experts.byUserId(actor.id);
      if (!expert) {
        throw DomainError.conflict(
          'EXPERT_PROFILE_REQUIRED',
          'Create your expert profile (POST /api/v1/experts) first',
        );
      }
      return { providerType: OfferProvider.Expert, organizationId: null, expertId: expert.id };
    }
    const membership = await this.directory.membershipOf(actor.id);
    if (!membership || membership.kind !== OrganizationKind.College) {
      throw DomainError.conflict(
        'COLLEGE_REQUIRED',
        'Register your college (POST /api/v1/colleges) first',
      );
    }
    if (mustBeVerified && membership.status !== VerificationStatus.Verified) {
      throw DomainError.conflict(
        'ORG_NOT_VERIFIED',
        'Your college must be verified before it can publish offers',
      );
    }
    assertOrganizationRole(membership, minRole);
    return {
      providerType: OfferProvider.College,
      organizationId: membership.organizationId,
      expertId: null,
    };
  }
}

function refusalAsNull(error: unknown): null {
  if (error instanceof DomainError) return null;
  throw error;
}
