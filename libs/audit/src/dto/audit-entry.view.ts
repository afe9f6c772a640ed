import { ApiProperty } from '@nestjs/swagger';
import {
  AUDIT_ACTIONS,
  AUDIT_TARGET_TYPES,
  type AuditAction,
  type AuditTargetType,
} from '../audit-actions';
import type { AuditEntry } from '../audit-entry.entity';

export class AuditEntryView {
  @ApiProperty() id: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'Null: the system' })
  actorId: string | null;
  @ApiProperty({ type: String, nullable: true }) actorRole: string | null;
  @ApiProperty({ enum: AUDIT_ACTIONS }) action: AuditAction;
  @ApiProperty({ enum: AUDIT_TARGET_TYPES }) targetType: AuditTargetType;
  @ApiProperty({ format: 'uuid' }) targetId: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) organizationId: string | null;
  @ApiProperty({ type: String, nullable: true }) district: string | null;
  @ApiProperty({ type: 'object', additionalProperties: true }) details: Record<string, unknown>;
  @ApiProperty({ type: String, nullable: true }) requestId: string | null;
  @ApiProperty() occurredAt: Date;
}

export class AuditPageView {
  @ApiProperty({ type: [AuditEntryView] }) items: AuditEntryView[];
  @ApiProperty({ type: 'integer' }) page: number;
  @ApiProperty({ type: 'integer' }) pageSize: number;
  @ApiProperty({ type: 'integer' }) total: number;
}

export function toAuditEntryView(e: AuditEntry): AuditEntryView {
  return {
    id: e.id,
    actorId: e.actorId,
    actorRole: e.actorRole,
    action: e.action as AuditAction,
    targetType: e.targetType as AuditTargetType,
    targetId: e.targetId,
    organizationId: e.organizationId,
    district: e.district,
    details: e.details,
    requestId: e.requestId,
    occurredAt: e.occurredAt,
  };
}
