import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { type AuthUser, DomainError, findPage, type Page, requireOversight } from '@app/shared';
import { AuditEntry } from './audit-entry.entity';
import { type AuditEntryView, toAuditEntryView } from './dto/audit-entry.view';
import type { ListAuditQuery } from './dto/list-audit.query';

/**
 * Reads the audit log for the platform admin (all of it) and district operators (the entries of
 * their districts: an entry about an organisation carries its district); there is no write path
 * here and no update or delete anywhere.
 */
@Injectable()
export class AuditQueryService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  list(actor: AuthUser, query: ListAuditQuery): Promise<Page<AuditEntryView>> {
    const oversight = requireOversight(actor);
    if (
      oversight.kind === 'districts' &&
      query.district &&
      !oversight.districts.includes(query.district)
    ) {
      throw DomainError.forbidden(
        `District ${query.district} is not one of this operator's`,
        'DISTRICT_NOT_GRANTED',
      );
    }
    const qb = this.dataSource
      .getRepository(AuditEntry)
      .createQueryBuilder('a')
      .orderBy('a.occurred_at', 'DESC')
      .addOrderBy('a.id', 'DESC');
    if (oversight.kind === 'districts') {
      qb.andWhere('a.district IN (:...districts)', { districts: oversight.districts });
    }
    if (query.district) qb.andWhere('a.district = :district', { district: query.district });
    if (query.action) qb.andWhere('a.action = :action', { action: query.action });
    if (query.actorId) qb.andWhere('a.actor_id = :actorId', { actorId: query.actorId });
    if (query.targetType) {
      qb.andWhere('a.target_type = :targetType', { targetType: query.targetType });
    }
    if (query.targetId) qb.andWhere('a.target_id = :targetId', { targetId: query.targetId });
    if (query.organizationId) {
      qb.andWhere('a.organization_id = :org', { org: query.organizationId });
    }
    if (query.from) qb.andWhere('a.occurred_at >= :from', { from: query.from });
    if (query.to) qb.andWhere('a.occurred_at < :to', { to: query.to });
    return findPage(qb, query, toAuditEntryView);
  }
}
