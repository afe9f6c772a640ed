import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditActions, AuditLog, AuditTargets } from '@app/audit';
import {
  type AuthUser,
  DomainError,
  escapeLike,
  findPage,
  isOperator,
  OutboxService,
  oversees,
  type Page,
  requireOversight,
} from '@app/shared';
import type { ListOrganizationsQuery } from '../dto/list-organizations.query';
import { type OrganizationView, toOrganizationView } from '../dto/organization.view';
import type {
  DistrictTotalsDto,
  OrganizationTotalsDto,
  VerificationDecisionDto,
  VerificationOutcomeDto,
} from '../dto/verification.dto';
import { OrganizationMember } from '../entities/organization-member.entity';
import { Organization, VerificationStatus } from '../entities/organization.entity';
import { OrganizationEvents, organizationEvent } from '../organization-events';

const ALLOWED_FROM: Record<'verify' | 'reject', VerificationStatus[]> = {
  verify: [VerificationStatus.Pending, VerificationStatus.Rejected],
  reject: [VerificationStatus.Pending, VerificationStatus.Verified],
};

/**
 * The city's operators review organisations, one at a time or a page at a time: the platform
 * admin anywhere, a district operator in its districts only (ADR 0016). An organisation outside
 * the caller's districts does not exist for it (404), in the queue or in a decision.
 */
@Injectable()
export class OrganizationVerificationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxService,
    private readonly audit: AuditLog,
  ) {}

  /** The review queue: oldest first, so nobody waits longest; a district operator's districts only. */
  async queue(actor: AuthUser, query: ListOrganizationsQuery): Promise<Page<OrganizationView>> {
    const oversight = requireOversight(actor);
    const qb = this.dataSource
      .getRepository(Organization)
      .createQueryBuilder('o')
      .where('o.status = :status', { status: query.status ?? VerificationStatus.Pending });
    if (oversight.kind === 'districts') {
      qb.andWhere('o.district = ANY(:scope)', { scope: oversight.districts });
    }
    if (query.district) qb.andWhere('o.district = :district', { district: query.district });
    if (query.q) qb.andWhere('o.name ILIKE :q', { q: `%${escapeLike(query.q)}%` });
    return findPage(qb.orderBy('o.created_at', 'ASC').addOrderBy('o.id', 'ASC'), query, (o) =>
      toOrganizationView(o, true),
    );
  }

  /** Organisations by district, kind and review status: the city, or an operator's districts. */
  async totals(actor: AuthUser): Promise<OrganizationTotalsDto> {
    const oversight = requireOversight(actor);
    const qb = this.dataSource
      .getRepository(Organization)
      .createQueryBuilder('o')
      .select('o.district', 'district')
      .addSelect('o.kind', 'kind')
      .addSelect(`count(*) FILTER (WHERE o.status = 'pending')::int`, 'pending')
      .addSelect(`count(*) FILTER (WHERE o.status = 'verified')::int`, 'verified')
      .addSelect(`count(*) FILTER (WHERE o.status = 'rejected')::int`, 'rejected')
      .groupBy('o.district')
      .addGroupBy('o.kind')
      .orderBy('o.district', 'ASC')
      .addOrderBy('o.kind', 'ASC');
    if (oversight.kind === 'districts') {
      qb.where('o.district = ANY(:scope)', { scope: oversight.districts });
    }
    const districts = await qb.getRawMany<DistrictTotalsDto>();
    const sum = (key: 'pending' | 'verified' | 'rejected') =>
      districts.reduce((total, row) => total + row[key], 0);
    return {
      pending: sum('pending'),
      verified: sum('verified'),
      rejected: sum('rejected'),
      districts,
    };
  }

  verify(admin: AuthUser, id: string): Promise<OrganizationView> {
    requireOversight(admin);
    return this.dataSource.transaction((m) => this.apply(m, admin, id, 'verify'));
  }

  reject(admin: AuthUser, id: string, reason: string): Promise<OrganizationView> {
    requireOversight(admin);
    return this.dataSource.transaction((m) => this.apply(m, admin, id, 'reject', reason));
  }

  /** Each decision in its own transaction: one bad id does not undo the rest of the batch. */
  async decide(
    admin: AuthUser,
    decisions: VerificationDecisionDto[],
  ): Promise<VerificationOutcomeDto[]> {
    requireOversight(admin);
    const outcomes: VerificationOutcomeDto[] = [];
    for (const d of decisions) {
      try {
        const org = await this.dataSource.transaction((m) =>
          this.apply(m, admin, d.organizationId, d.decision, d.reason),
        );
        outcomes.push({
          organizationId: d.organizationId,
          outcome: org.status as 'verified' | 'rejected',
        });
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        outcomes.push({
          organizationId: d.organizationId,
          outcome: 'failed',
          code: error.code,
          detail: error.message,
        });
      }
    }
    return outcomes;
  }

  private async apply(
    m: EntityManager,
    admin: AuthUser,
    id: string,
    decision: 'verify' | 'reject',
    reason?: string,
  ): Promise<OrganizationView> {
    const org = await m.findOne(Organization, {
      where: { id },
      lock: { mode: 'pessimistic_write' },
    });
    // Outside an operator's districts the organisation does not exist for it.
    if (!org || !oversees(requireOversight(admin), org.district)) {
      throw DomainError.notFound('Organization');
    }
    if (
      isOperator(admin) &&
      (await m.existsBy(OrganizationMember, { organizationId: id, userId: admin.id }))
    ) {
      throw DomainError.forbidden(
        'An operator does not review an organisation it belongs to',
        'OWN_ORGANIZATION',
      );
    }
    if (!ALLOWED_FROM[decision].includes(org.status)) {
      throw DomainError.conflict(
        'INVALID_STATUS_TRANSITION',
        `An organisation that is ${org.status} cannot be ${decision === 'verify' ? 'verified' : 'rejected'}`,
      );
    }
    org.status = decision === 'verify' ? VerificationStatus.Verified : VerificationStatus.Rejected;
    org.rejectionReason = decision === 'reject' ? (reason ?? null) : null;
    org.reviewedAt = new Date();
    org.reviewedBy = admin.id;
    org.version += 1;
    await m.save(org);
    await this.outbox.record(
      m,
      organizationEvent(
        decision === 'verify' ? OrganizationEvents.Verified : OrganizationEvents.Rejected,
        org,
      ),
    );
    await this.audit.record(m, {
      actor: admin,
      action:
        decision === 'verify'
          ? AuditActions.OrganizationVerified
          : AuditActions.OrganizationRejected,
      target: { type: AuditTargets.Organization, id: org.id },
      organizationId: org.id,
      district: org.district,
      details: {
        ...(decision === 'reject' ? { reason: reason ?? null } : {}),
        // Who acted is the actor; for a district operator also the scope it acted under.
        ...(isOperator(admin) ? { operatorDistricts: admin.districts ?? [] } : {}),
      },
    });
    return toOrganizationView(org, true);
  }
}
