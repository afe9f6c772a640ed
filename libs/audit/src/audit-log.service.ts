import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import type { AuthUser } from '@app/shared';
import type { AuditAction, AuditTargetType } from './audit-actions';
import { AuditEntry } from './audit-entry.entity';

/** What a context tells the audit log about one change. */
export interface AuditEntryInput {
  /** The user who acted; null or omitted for the system. */
  actor: Pick<AuthUser, 'id' | 'role'> | null;
  action: AuditAction;
  target: { type: AuditTargetType; id: string };
  organizationId?: string | null;
  district?: string | null;
  /** Small and free of secrets and contact details: a reason, a count. */
  details?: Record<string, unknown>;
  requestId?: string | null;
}

/** The audit log's port: writes in the caller's transaction, so an entry exists iff its change does. */
@Injectable()
export class AuditLog {
  async record(manager: EntityManager, ...entries: AuditEntryInput[]): Promise<void> {
    if (entries.length === 0) return;
    if (!manager.queryRunner?.isTransactionActive) {
      throw new Error('Audit entries must be recorded inside a transaction');
    }
    await manager.insert(AuditEntry, entries.map(toRow) as QueryDeepPartialEntity<AuditEntry>[]);
  }
}

export function toRow(e: AuditEntryInput): Partial<AuditEntry> {
  return {
    actorId: e.actor?.id ?? null,
    actorRole: e.actor?.role ?? null,
    action: e.action,
    targetType: e.target.type,
    targetId: e.target.id,
    organizationId: e.organizationId ?? null,
    district: e.district ?? null,
    details: e.details ?? {},
    requestId: e.requestId ?? null,
  };
}
