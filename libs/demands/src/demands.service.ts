import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditActions, AuditLog, AuditTargets } from '@app/audit';
import { findMajor, industryPatterns } from '@app/reference';
import {
  assertOrganizationRole,
  type Membership,
  OrganizationDirectory,
  OrganizationKind,
  OrganizationRole,
} from '@app/organizations';
import {
  type AuthUser,
  definedOnly,
  DomainError,
  isAdmin,
  isOperator,
  OutboxService,
  oversightOf,
  overseesDistrict,
  type Page,
  findPage,
  escapeLike,
} from '@app/shared';
import { DemandEvents, demandEvent } from './demand-events';
import { DemandRows } from './demand-rows';
import {
  assertDeadlineAhead,
  assertOwner,
  assertStatus,
  assertVerified,
  assertVisible,
} from './demand-policy';
import { CloseReason, Demand, DemandStatus } from './demand.entity';
import {
  COLLEGE_DEMAND_KINDS,
  DemandKind,
  demandOwnerKind,
  ENTERPRISE_DEMAND_KINDS,
} from './demand.types';
import {
  type CloseDemandDto,
  type CreateDemandDto,
  DETAILS_FIELD,
  type DetailsField,
  type UpdateDemandDto,
} from './dto/demand.dto';
import { type DemandView, toDemandView } from './dto/demand.view';
import type { ListDemandsQuery } from './dto/list-demands.query';

@Injectable()
export class DemandsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly directory: OrganizationDirectory,
    private readonly outbox: OutboxService,
    private readonly rows: DemandRows,
    private readonly audit: AuditLog,
  ) {}

  /**
   * A member of an enterprise drafts a demand, a member of a college drafts a college need;
   * unverified organisations may draft but not publish. Each posts only its own kinds.
   */
  async create(actor: AuthUser, input: CreateDemandDto): Promise<DemandView> {
    const membership = await this.posterOf(actor, input.kind);
    assertOrganizationRole(membership, OrganizationRole.Manager);
    const { common, details } = splitDetails(input);
    const industryCode = common.industryCode ?? membership.industryCode ?? defaultIndustryOf(input);
    if (!industryCode) {
      throw DomainError.invalidField('industryCode', 'REQUIRED', 'industryCode is required');
    }
    const demand = this.dataSource.manager.create(Demand, {
      ...common,
      industryCode,
      district: common.district ?? membership.district,
      description: common.description ?? '',
      details: { ...(details ?? {}) },
      organizationId: membership.organizationId,
      createdBy: actor.id,
      status: DemandStatus.Draft,
      version: 1,
    });
    await this.dataSource.manager.save(demand);
    return toDemandView(demand);
  }

  update(actor: AuthUser, id: string, body: UpdateDemandDto): Promise<DemandView> {
    const input = definedOnly(body);
    return this.change(actor, id, async (m, demand) => {
      assertStatus(demand, [DemandStatus.Draft, DemandStatus.Open], 'edited');
      if (Object.keys(input).length === 0) return;
      const { common, given } = splitUpdate(input);
      const own = DETAILS_FIELD[demand.kind];
      for (const [field, value] of Object.entries(given)) {
        if (value !== undefined && field !== own) {
          throw DomainError.invalidField(
            field,
            'ALLOWED_FOR_KIND',
            `${field} does not apply to a ${demand.kind} demand`,
          );
        }
      }
      if (demand.status === DemandStatus.Open) assertDeadlineAhead(common.deadline);
      await this.rows.update(m, demand, {
        ...common,
        ...(given[own] ? { details: { ...given[own] } } : {}),
        version: demand.version + 1,
      });
      if (demand.status === DemandStatus.Open) {
        await this.outbox.record(m, demandEvent(DemandEvents.Updated, demand));
      }
    });
  }

  publish(actor: AuthUser, id: string): Promise<DemandView> {
    return this.change(actor, id, async (m, demand, membership) => {
      assertVerified(membership);
      assertStatus(demand, [DemandStatus.Draft], 'published');
      assertDeadlineAhead(demand.deadline);
      await this.rows.update(m, demand, {
        status: DemandStatus.Open,
        publishedAt: new Date(),
        version: demand.version + 1,
      });
      await this.outbox.record(m, demandEvent(DemandEvents.Published, demand));
    });
  }

  close(actor: AuthUser, id: string, input: CloseDemandDto): Promise<DemandView> {
    return this.change(actor, id, async (m, demand) => {
      assertStatus(demand, [DemandStatus.Open], 'closed');
      await this.rows.update(m, demand, {
        status: DemandStatus.Closed,
        closeReason: input.reason,
        closeNote: input.note ?? null,
        closedAt: new Date(),
        version: demand.version + 1,
      });
      await this.outbox.record(m, demandEvent(DemandEvents.Closed, demand));
      await this.audit.record(m, {
        actor,
        action: AuditActions.DemandClosed,
        target: { type: AuditTargets.Demand, id: demand.id },
        organizationId: demand.organizationId,
        district: demand.district,
        details: { reason: input.reason, note: input.note ?? null },
      });
    });
  }

  /** Only drafts can be deleted; published demands are closed (withdrawn) instead. */
  async deleteDraft(actor: AuthUser, id: string): Promise<void> {
    await this.change(actor, id, async (m, demand) => {
      if (demand.status !== DemandStatus.Draft) {
        throw DomainError.conflict(
          'NOT_A_DRAFT',
          `Close the demand with reason ${CloseReason.Withdrawn} instead`,
        );
      }
      await m.delete(Demand, { id: demand.id });
    });
  }

  async get(actor: AuthUser | undefined, id: string): Promise<DemandView> {
    const demand = await this.rows.byId(id);
    // Only a draft's visibility depends on who asks.
    const needsViewer = actor && demand?.status === DemandStatus.Draft;
    const membership = needsViewer ? await this.directory.membershipOf(actor.id) : null;
    // A district operator sees the drafts of its districts' enterprises (a demand's district, for
    // an operator, is its organisation's: ADR 0016).
    const overseen =
      needsViewer && isOperator(actor)
        ? overseesDistrict(actor, (await this.directory.byId(demand.organizationId))?.district)
        : isAdmin(actor);
    return toDemandView(assertVisible(demand, actor, membership, overseen));
  }

  async list(actor: AuthUser | undefined, query: ListDemandsQuery): Promise<Page<DemandView>> {
    const qb = this.dataSource.getRepository(Demand).createQueryBuilder('d');
    if (query.mine) {
      const membership = actor ? await this.directory.membershipOf(actor.id) : null;
      if (!membership)
        throw DomainError.forbidden('mine=true needs an organisation', 'ORGANIZATION_REQUIRED');
      qb.where('d.organization_id = :own', { own: membership.organizationId });
      if (query.status) qb.andWhere('d.status = :status', { status: query.status });
    } else if (query.status === DemandStatus.Draft) {
      // Drafts are listed to the platform admin, and to a district operator for its districts.
      const oversight = oversightOf(actor);
      if (oversight.kind === 'none') {
        throw DomainError.invalidField(
          'status',
          'DRAFTS_ARE_PRIVATE',
          'Drafts are listed only with mine=true',
        );
      }
      qb.where('d.status = :status', { status: query.status });
      if (oversight.kind === 'districts') {
        qb.andWhere(this.directory.inDistrictsCondition('d.organization_id', 'scope'), {
          scope: oversight.districts,
        });
      }
    } else {
      qb.where('d.status = :status', { status: query.status ?? DemandStatus.Open });
    }
    if (query.organizationId)
      qb.andWhere('d.organization_id = :org', { org: query.organizationId });
    if (query.kind) qb.andWhere('d.kind = :kind', { kind: query.kind });
    if (query.postedBy) {
      qb.andWhere('d.kind IN (:...posted)', {
        posted: query.postedBy === 'college' ? COLLEGE_DEMAND_KINDS : ENTERPRISE_DEMAND_KINDS,
      });
    }
    if (query.district) qb.andWhere('d.district = :district', { district: query.district });
    if (query.industry) {
      qb.andWhere('d.industry_code LIKE ANY(:patterns)', {
        patterns: industryPatterns(query.industry),
      });
    }
    if (query.q) qb.andWhere('d.title ILIKE :q', { q: `%${escapeLike(query.q)}%` });
    if (query.publishedFrom) qb.andWhere('d.published_at >= :from', { from: query.publishedFrom });
    if (query.publishedTo) qb.andWhere('d.published_at < :to', { to: query.publishedTo });
    return findPage(
      qb
        .orderBy('d.published_at', 'DESC', 'NULLS LAST')
        .addOrderBy('d.created_at', 'DESC')
        .addOrderBy('d.id', 'ASC'),
      query,
      toDemandView,
    );
  }

  /** Loads the demand under a row lock, checks the caller owns it, runs `work` in one transaction. */
  private change(
    actor: AuthUser,
    id: string,
    work: (m: EntityManager, demand: Demand, membership: Membership) => Promise<void>,
  ): Promise<DemandView> {
    return this.dataSource.transaction(async (m) => {
      const demand = await this.rows.lockById(m, id);
      const membership = await this.directory.membershipOf(actor.id, m);
      assertVisible(demand, actor, membership);
      assertOwner(demand as Demand, membership);
      assertOrganizationRole(membership, OrganizationRole.Manager);
      await work(m, demand as Demand, membership as Membership);
      return toDemandView(demand as Demand);
    });
  }

  /** The caller's organisation, if it may post this kind (enterprises and colleges each their own). */
  private async posterOf(actor: AuthUser, kind: DemandKind): Promise<Membership> {
    const membership = await this.directory.membershipOf(actor.id);
    const wanted = demandOwnerKind(kind);
    if (
      !membership ||
      (membership.kind !== OrganizationKind.Enterprise &&
        membership.kind !== OrganizationKind.College)
    ) {
      throw DomainError.conflict(
        wanted === 'college' ? 'COLLEGE_REQUIRED' : 'ENTERPRISE_REQUIRED',
        wanted === 'college'
          ? 'Register your college (POST /api/v1/colleges) before posting needs'
          : 'Register your enterprise (POST /api/v1/enterprises) before posting demands',
      );
    }
    const own = membership.kind === OrganizationKind.College ? 'college' : 'enterprise';
    if (own !== wanted) {
      throw new DomainError(
        'forbidden',
        'DEMAND_KIND_NOT_ALLOWED',
        own === 'college'
          ? `Colleges post needs (part_time_teacher, enterprise_mentor, internship_base, co_building), not ${kind} demands`
          : `Enterprises post demands (talent, rnd, training, teacher_practice), not ${kind} needs`,
        [{ field: 'kind', code: 'DEMAND_KIND_NOT_ALLOWED', message: `${kind} is for ${wanted}s` }],
      );
    }
    return membership;
  }
}

type DetailsOf<T> = T[DetailsField & keyof T];

/** The common fields and the one kind-specific details object of a create body. */
function splitDetails(input: CreateDemandDto) {
  const {
    talent,
    rnd,
    training,
    teacherPractice,
    partTimeTeacher,
    enterpriseMentor,
    internshipBase,
    coBuilding,
    ...common
  } = input;
  const details: DetailsOf<CreateDemandDto> =
    talent ??
    rnd ??
    training ??
    teacherPractice ??
    partTimeTeacher ??
    enterpriseMentor ??
    internshipBase ??
    coBuilding;
  return { common, details };
}

/** The common fields of an edit, and the details objects given (at most the demand's own). */
function splitUpdate(input: UpdateDemandDto) {
  const {
    talent,
    rnd,
    training,
    teacherPractice,
    partTimeTeacher,
    enterpriseMentor,
    internshipBase,
    coBuilding,
    ...common
  } = input;
  const given: Record<DetailsField, DetailsOf<UpdateDemandDto>> = {
    talent,
    rnd,
    training,
    teacherPractice,
    partTimeTeacher,
    enterpriseMentor,
    internshipBase,
    coBuilding,
  };
  return { common, given };
}

/** An internship base serves the industry of its first major, when the college gave none. */
function defaultIndustryOf(input: CreateDemandDto): string | undefined {
  const code = input.internshipBase?.majorCodes[0];
  return code ? findMajor(code)?.industries[0] : undefined;
}
