export {
  AUDIT_ACTIONS,
  AUDIT_TARGET_TYPES,
  type AuditAction,
  AuditActions,
  type AuditTargetType,
  AuditTargets,
} from './audit-actions';
export { AuditLog, type AuditEntryInput } from './audit-log.service';
export { AuditLogModule } from './audit-log.module';
export { AuditModule } from './audit.module';
