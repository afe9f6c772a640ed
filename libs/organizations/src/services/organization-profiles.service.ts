import { Inject, Injectable, Optional } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, type EntityManager } from 'typeorm';
import {
  type AuthUser,
  definedOnly,
  escapeLike,
  DomainError,
  isAdmin,
  isUniqueViolation,
  oversightOf,
  overseesDistrict,
  OutboxService,
  type Page,
  findPage,
  RESPONSIVENESS_LOOKUP,
  type ResponsivenessLookup,
} from '@app/shared';
import type { CreateCollegeDto, UpdateCollegeDto } from '../dto/college.dto';
import type { CreateEnterpriseDto, UpdateEnterpriseDto } from '../dto/enterprise.dto';
import type { ListOrganizationsQuery } from '../dto/list-organizations.query';
import { type OrganizationView, toOrganizationView } from '../dto/organization.view';
import { OrganizationMember } from '../entities/organization-member.entity';
import {
  Organization,
  OrganizationKind,
  VerificationStatus,
} from '../entities/organization.entity';
import { OrganizationEvents, organizationEvent } from '../organization-events';
import { industryPatterns } from '@app/reference';
import { OrganizationRole } from '../team/organization-roles';
import { assertCanEdit, assertVisible } from './organization-access';

type CreateInput = CreateEnterpriseDto | CreateCollegeDto;
type UpdateInput = UpdateEnterpriseDto | UpdateCollegeDto;

/** Changing who the organisation is sends it back to the operators for review. */
const IDENTITY_FIELDS = ['name', 'creditCode'] as const;

@Injectable()
export class OrganizationProfilesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxService,
    @Optional()
    @Inject(RESPONSIVENESS_LOOKUP)
    private readonly responsiveness?: ResponsivenessLookup,
  ) {}

  /** The caller registers their enterprise or college; it waits for verification. */
  async create(
    actor: AuthUser,
    kind: OrganizationKind,
    input: CreateInput,
  ): Promise<OrganizationView> {
    return this.dataSource.transaction(async (m) => {
      if (await m.existsBy(OrganizationMember, { userId: actor.id })) {
        throw DomainError.conflict('ALREADY_MEMBER', 'You already belong to an organisation');
      }
      const org = m.create(Organization, {
        ...input,
        kind,
        status: VerificationStatus.Pending,
        version: 1,
      });
      await this.save(m, org);
      await m
        .insert(OrganizationMember, {
          organizationId: org.id,
          userId: actor.id,
          role: OrganizationRole.Owner,
        })
        .catch((error: unknown) => {
          if (!isUniqueViolation(error)) throw error;
          throw DomainError.conflict('ALREADY_MEMBER', 'You already belong to an organisation');
        });
      await this.outbox.record(m, organizationEvent(OrganizationEvents.Registered, org));
      return toOrganizationView(org, true);
    });
  }

  async update(
    actor: AuthUser,
    kind: OrganizationKind,
    id: string,
    body: UpdateInput,
  ): Promise<OrganizationView> {
    const input = definedOnly(body);
    return this.dataSource.transaction(async (m) => {
      const org = await m.findOne(Organization, {
        where: { id, kind },
        lock: { mode: 'pessimistic_write' },
      });
      const member = await this.memberOf(m, id, actor.id);
      assertVisible(org, actor, member !== null);
      assertCanEdit(actor, member);
      const target = org as Organization;
      if (Object.keys(input).length === 0) return toOrganizationView(target, true);
      const identityChanged = IDENTITY_FIELDS.some(
        (f) => f in input && input[f as keyof typeof input] !== target[f],
      );
      Object.assign(target, input);
      if (!isAdmin(actor) && (target.status === VerificationStatus.Rejected || identityChanged)) {
        target.status = VerificationStatus.Pending;
        target.rejectionReason = null;
      }
      target.version += 1;
      await this.save(m, target);
      await this.outbox.record(m, organizationEvent(OrganizationEvents.Updated, target));
      return toOrganizationView(target, true);
    });
  }

  async get(
    actor: AuthUser | undefined,
    kind: OrganizationKind,
    id: string,
  ): Promise<OrganizationView> {
    const m = this.dataSource.manager;
    const org = await m.findOneBy(Organization, { id, kind });
    const member = actor ? (await this.memberOf(m, id, actor.id)) !== null : false;
    assertVisible(org, actor, member);
    const view = toOrganizationView(
      org as Organization,
      member || overseesDistrict(actor, (org as Organization).district),
    );
    if (this.responsiveness) view.responsiveness = await this.responsiveness.ofOrganization(id);
    return view;
  }

  async list(
    actor: AuthUser | undefined,
    kind: OrganizationKind,
    query: ListOrganizationsQuery,
  ): Promise<Page<OrganizationView>> {
    // The admin sees every status; a district operator every status of its districts (a status
    // filter then lists its districts only); everyone else the verified organisations.
    const oversight = oversightOf(actor);
    const status =
      oversight.kind !== 'none' && query.status ? query.status : VerificationStatus.Verified;
    const qb = this.dataSource
      .getRepository(Organization)
      .createQueryBuilder('o')
      .where('o.kind = :kind', { kind })
      .andWhere('o.status = :status', { status });
    if (oversight.kind === 'districts' && status !== VerificationStatus.Verified) {
      qb.andWhere('o.district = ANY(:scope)', { scope: oversight.districts });
    }
    if (query.q) qb.andWhere('o.name ILIKE :q', { q: `%${escapeLike(query.q)}%` });
    if (query.district) qb.andWhere('o.district = :district', { district: query.district });
    if (query.size) qb.andWhere('o.size = :size', { size: query.size });
    if (query.level) qb.andWhere('o.level = :level', { level: query.level });
    if (query.industry) {
      qb.andWhere('o.industry_code LIKE ANY(:patterns)', {
        patterns: industryPatterns(query.industry),
      });
    }
    if (query.createdFrom) qb.andWhere('o.created_at >= :from', { from: query.createdFrom });
    if (query.createdTo) qb.andWhere('o.created_at < :to', { to: query.createdTo });
    return findPage(qb.orderBy('o.created_at', 'DESC').addOrderBy('o.id', 'ASC'), query, (o) =>
      toOrganizationView(o, overseesDistrict(actor, o.district)),
    );
  }

  private memberOf(
    m: EntityManager,
    organizationId: string,
    userId: string,
  ): Promise<OrganizationMember | null> {
    return m.findOneBy(OrganizationMember, { organizationId, userId });
  }

  private async save(m: EntityManager, org: Organization): Promise<void> {
    try {
      await m.save(org);
    } catch (error) {
      if (isUniqueViolation(error, 'ux_organizations_credit_code')) {
        throw new DomainError(
          'conflict',
          'CREDIT_CODE_TAKEN',
          'Another enterprise has this credit code',
          [
            {
              field: 'creditCode',
              code: 'CREDIT_CODE_TAKEN',
              message: 'Another enterprise has this credit code',
            },
          ],
        );
      }
      throw error;
    }
  }
}
