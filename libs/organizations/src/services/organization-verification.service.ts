import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditActions, AuditLog, AuditTargets } from '@app/audit';
import { type AuthUser, DomainError, OutboxService, type Page, pageOf } from '@app/shared';
import type { ListOrganizationsQuery } from '../dto/list-organizations.query';
import { type OrganizationView, toOrganizationView } from '../dto/organization.view';
import type { VerificationDecisionDto, VerificationOutcomeDto } from '../dto/verification.dto';
import { Organization, VerificationStatus } from '../entities/organization.entity';
import { OrganizationEvents, organizationEvent } from '../organization-events';

const ALLOWED_FROM: Record<'verify' | 'reject', VerificationStatus[]> = {
  verify: [VerificationStatus.Pending, VerificationStatus.Rejected],
  reject: [VerificationStatus.Pending, VerificationStatus.Verified],
};

/** The city's operators review organisations, one at a time or a page at a time. */
@Injectable()
export class OrganizationVerificationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxService,
    private readonly audit: AuditLog,
  ) {}

  /** The review queue: oldest first, so nobody waits longest. */
  async queue(query: ListOrganizationsQuery): Promise<Page<OrganizationView>> {
    const [rows, total] = await this.dataSource.getRepository(Organization).findAndCount({
      where: { status: query.status ?? VerificationStatus.Pending },
      order: { createdAt: 'ASC', id: 'ASC' },
      skip: query.offset,
      take: query.pageSize,
    });
    return pageOf(
      rows.map((o) => toOrganizationView(o, true)),
      total,
      query,
    );
  }

  verify(admin: AuthUser, id: string): Promise<OrganizationView> {
    return this.dataSource.transaction((m) => this.apply(m, admin, id, 'verify'));
  }

  reject(admin: AuthUser, id: string, reason: string): Promise<OrganizationView> {
    return this.dataSource.transaction((m) => this.apply(m, admin, id, 'reject', reason));
  }

  /** Each decision in its own transaction: one bad id does not undo the rest of the batch. */
  async decide(
    admin: AuthUser,
    decisions: VerificationDecisionDto[],
  ): Promise<VerificationOutcomeDto[]> {
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
    if (!org) throw DomainError.notFound('Organization');
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
      details: decision === 'reject' ? { reason: reason ?? null } : {},
    });
    return toOrganizationView(org, true);
  }
}
