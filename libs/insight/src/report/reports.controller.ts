import { Body, Controller, Get, HttpCode, Post, Query, Res, StreamableFile } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBearerAuth,
  ApiConflictResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import type { Response } from 'express';
import {
  attachmentDisposition,
  type AuthUser,
  CurrentUser,
  IdParam,
  Role,
  Roles,
} from '@app/shared';
import { REPORT_CONTENT_TYPES } from './report-files';
import {
  ReportAcceptedDto,
  ReportDownloadQuery,
  ReportStatusDto,
  RequestReportDto,
} from './reports.dto';
import { ReportsService } from './reports.service';

/** The yearly talent supply–demand report (issue 13): platform admins only. */
@ApiTags('reports')
@ApiBearerAuth()
@Roles(Role.Admin)
@Controller('reports')
export class ReportsController {
  constructor(private readonly reports: ReportsService) {}

  @Post()
  @HttpCode(202)
  @ApiAcceptedResponse({
    type: ReportAcceptedDto,
    description:
      'Queues the report of a year for the worker (a report of that year still queued or running is answered instead); poll GET /reports/{id}',
  })
  request(@CurrentUser() user: AuthUser, @Body() body: RequestReportDto) {
    return this.reports.request(body.year, user.id);
  }

  @Get(':id')
  @ApiOkResponse({ type: ReportStatusDto, description: 'State and progress (percent, chapter)' })
  @ApiNotFoundResponse({ description: 'NOT_FOUND' })
  status(@IdParam() id: string) {
    return this.reports.status(id);
  }

  @Get(':id/download')
  @ApiProduces(REPORT_CONTENT_TYPES.docx, REPORT_CONTENT_TYPES.pdf)
  @ApiOkResponse({
    description: 'The DOCX or PDF file, streamed (产业人才供需报告-<year>.<format>)',
    schema: { type: 'string', format: 'binary' },
  })
  @ApiNotFoundResponse({ description: 'NOT_FOUND' })
  @ApiConflictResponse({ description: 'REPORT_NOT_READY (queued, running or failed)' })
  async download(
    @IdParam() id: string,
    @Query() query: ReportDownloadQuery,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile> {
    const file = await this.reports.open(id, query.format);
    res.setHeader('Cache-Control', 'private, no-store');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    return new StreamableFile(file.stream, {
      type: REPORT_CONTENT_TYPES[query.format],
      length: file.bytes ?? undefined,
      disposition: attachmentDisposition(file.asciiName, file.fileName),
    });
  }
}
