import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Role, Roles } from '@app/shared';
import { AuditQueryService } from './audit-query.service';
import { AuditPageView } from './dto/audit-entry.view';
import { ListAuditQuery } from './dto/list-audit.query';

@ApiTags('admin')
@ApiBearerAuth()
@Roles(Role.Admin)
@Controller('admin/audit')
export class AdminAuditController {
  constructor(private readonly audit: AuditQueryService) {}

  @Get()
  @ApiOkResponse({ type: AuditPageView, description: 'Audit entries, newest first' })
  list(@Query() query: ListAuditQuery) {
    return this.audit.list(query);
  }
}
