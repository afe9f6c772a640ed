import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { type AuthUser, CurrentUser, Role, Roles } from '@app/shared';
import { AuditQueryService } from './audit-query.service';
import { AuditPageView } from './dto/audit-entry.view';
import { ListAuditQuery } from './dto/list-audit.query';

@ApiTags('admin')
@ApiBearerAuth()
@Roles(Role.Admin, Role.Operator)
@Controller('admin/audit')
export class AdminAuditController {
  constructor(private readonly audit: AuditQueryService) {}

  @Get()
  @ApiOkResponse({
    type: AuditPageView,
    description:
      'Audit entries, newest first: all of them for the platform admin, those of their districts for district operators',
  })
  list(@CurrentUser() user: AuthUser, @Query() query: ListAuditQuery) {
    return this.audit.list(user, query);
  }
}
