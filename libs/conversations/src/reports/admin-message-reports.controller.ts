import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import { type AuthUser, CurrentUser, IdParam, Role, Roles } from '@app/shared';
import { ListReportsQuery, ResolveReportDto } from '../dto/conversation.dto';
import { MessageReportPageView, MessageReportView } from '../dto/conversation.view';
import { MessageReportsService } from './message-reports.service';

@ApiTags('admin')
@ApiBearerAuth()
@Roles(Role.Admin)
@Controller('admin/message-reports')
export class AdminMessageReportsController {
  constructor(private readonly reports: MessageReportsService) {}

  @Get()
  @ApiOkResponse({ type: MessageReportPageView, description: 'Reported messages, newest first' })
  list(@Query() query: ListReportsQuery) {
    return this.reports.list(query);
  }

  @Post(':id/resolve')
  @HttpCode(200)
  @ApiOkResponse({ type: MessageReportView })
  @ApiNotFoundResponse({ description: 'REPORT_NOT_FOUND' })
  @ApiConflictResponse({ description: 'REPORT_ALREADY_CLOSED' })
  resolve(@CurrentUser() admin: AuthUser, @IdParam() id: string, @Body() body: ResolveReportDto) {
    return this.reports.resolve(admin, id, body);
  }
}
