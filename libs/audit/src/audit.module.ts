import { Module } from '@nestjs/common';
import { AdminAuditController } from './admin-audit.controller';
import { AuditLogModule } from './audit-log.module';
import { AuditQueryService } from './audit-query.service';

/** The audit log over HTTP: admins read it (GET /admin/audit). */
@Module({
  imports: [AuditLogModule],
  controllers: [AdminAuditController],
  providers: [AuditQueryService],
  exports: [AuditLogModule],
})
export class AuditModule {}
