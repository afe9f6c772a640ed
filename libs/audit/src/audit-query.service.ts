import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { findPage, type Page } from '@app/shared';
import { AuditEntry } from './audit-entry.entity';
import { type AuditEntryView, toAuditEntryView } from './dto/audit-entry.view';
import type { ListAuditQuery } from './dto/list-audit.query';

/** Reads the audit log for admins; there is no write path here and no update or delete anywhere. */
@Injectable()
export class AuditQueryService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  list(query: ListAuditQuery): Promise<Page<AuditEntryView>> {
    const qb = this.dataSource
      .getRepository(AuditEntry)
      .createQueryBuilder('a')
      .orderBy('a.occurred_at', 'DESC')
      .addOrderBy('a.id', 'DESC');
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
