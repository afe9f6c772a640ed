import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { type AuthUser, CurrentUser, IdParam, PageQuery, Role, Roles, writeCsv } from '@app/shared';
import { contributionRows, writeXlsx } from './contributions-export';
import { ContributionsService } from './contributions.service';
import { ContributionsExportQuery, ContributionsQuery } from './insights.dto';
import { PartnershipsService } from './partnerships.service';

const ALL_ROLES = [Role.Enterprise, Role.College, Role.Expert, Role.Admin, Role.Operator];

@ApiTags('partnerships')
@ApiBearerAuth()
@Controller('partnerships')
@Roles(...ALL_ROLES)
export class PartnershipsController {
  constructor(private readonly partnerships: PartnershipsService) {}

  @Get()
  @ApiOkResponse({
    description:
      'Enterprise–college pairs with a health score (0–100) and a stalled flag, lowest score first: a manager sees its organisation’s pairs, a district operator those with a partner in its districts, the platform admin all (403 ORGANIZATION_ROLE_REQUIRED for members, NO_DISTRICTS_GRANTED)',
  })
  list(@CurrentUser() user: AuthUser, @Query() query: PageQuery) {
    return this.partnerships.list(user, query);
  }

  @Get(':enterpriseId/:collegeId')
  @ApiOkResponse({
    description:
      'One pair with the parts of its score (ratio, weight, numerator, denominator) and the shared projects; 404 outside the caller’s scope',
  })
  get(
    @CurrentUser() user: AuthUser,
    @IdParam('enterpriseId') enterpriseId: string,
    @IdParam('collegeId') collegeId: string,
  ) {
    return this.partnerships.get(user, enterpriseId, collegeId);
  }
}

@ApiTags('partnerships')
@ApiBearerAuth()
@Controller('enterprises')
@Roles(...ALL_ROLES)
export class ContributionsController {
  constructor(private readonly contributions: ContributionsService) {}

  @Get(':id/contributions')
  @ApiOkResponse({
    description:
      'The contribution record (产教融合型企业 evidence), confirmed figures apart from unconfirmed: the enterprise’s members, admins, operators of its district (404 for others)',
  })
  record(@CurrentUser() user: AuthUser, @IdParam() id: string, @Query() query: ContributionsQuery) {
    return this.contributions.record(user, id, query.year);
  }

  @Get(':id/contributions/export')
  @ApiProduces('text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  @ApiOkResponse({
    description:
      'The record as CSV (UTF-8 with a BOM, the filters in the first lines) or XLSX, streamed',
    schema: { type: 'string', format: 'binary' },
  })
  async export(
    @CurrentUser() user: AuthUser,
    @IdParam() id: string,
    @Query() query: ContributionsExportQuery,
    @Res() res: Response,
  ): Promise<void> {
    const record = await this.contributions.record(user, id, query.year);
    const now = new Date();
    const base = `contributions-${record.enterprise.id}-${record.year ?? 'all'}`;
    res.setHeader('Cache-Control', 'private, no-store');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    if (query.format === 'xlsx') {
      res.setHeader(
        'Content-Type',
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      );
      res.setHeader('Content-Disposition', `attachment; filename="${base}.xlsx"`);
      await writeXlsx(res, record, now);
      return;
    }
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="${base}.csv"`);
    writeCsv(res, contributionRows(record, now));
  }
}
