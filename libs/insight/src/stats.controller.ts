import {
  Controller,
  Get,
  Inject,
  HttpCode,
  Param,
  type PipeTransform,
  Post,
  Query,
  Res,
} from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiParam, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import {
  APP_CONFIG,
  type AppConfig,
  attachmentDisposition,
  type AuthUser,
  CurrentUser,
  DomainError,
  Public,
  Role,
  Roles,
} from '@app/shared';
import { InsightRefresher } from './refresh/insight-refresher';
import { resolveScope } from './scope/stats-scope';
import { StatsQuery } from './scope/stats-query.dto';
import { STATS_SECTIONS, type StatsSectionName, StatsSections } from './stats-sections';
import { StatsExportQuery } from './stats.dto';
import { PublicSummary, SUMMARY_CHARTS, type SummaryChart } from './summary/public-summary.service';
import { CONTENT_TYPES, writeTable } from './tables/table-export';

/** A section's name, or 404: an unknown section is a page that does not exist. */
const sectionPipe: PipeTransform<string, StatsSectionName> = {
  transform(value: string) {
    if (!(STATS_SECTIONS as readonly string[]).includes(value)) {
      throw DomainError.notFound('Statistics section');
    }
    return value as StatsSectionName;
  },
};

const chartPipe: PipeTransform<string, SummaryChart> = {
  transform(value: string) {
    if (!(SUMMARY_CHARTS as readonly string[]).includes(value)) {
      throw DomainError.notFound('Chart');
    }
    return value as SummaryChart;
  },
};

@ApiTags('stats')
@Controller('stats')
export class StatsController {
  constructor(
    private readonly sections: StatsSections,
    private readonly refresher: InsightRefresher,
    private readonly summary: PublicSummary,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get('summary')
  @Public()
  @ApiOkResponse({
    description:
      "The city's headline figures and trends for anyone (no login): aggregates only, cached",
  })
  async publicSummary(@Res({ passthrough: true }) res: Response) {
    const summary = await this.summary.get();
    res.setHeader('Cache-Control', 'public, max-age=300');
    return summary;
  }

  @Get('summary/charts/:chart')
  @Public()
  @ApiParam({ name: 'chart', enum: SUMMARY_CHARTS })
  @ApiProduces('image/svg+xml')
  @ApiOkResponse({
    description: 'A chart of the public summary, drawn on the server as SVG (zh-CN), cached',
    schema: { type: 'string' },
  })
  async summaryChart(@Param('chart', chartPipe) chart: SummaryChart, @Res() res: Response) {
    const svg = await this.summary.chart(chart);
    res.setHeader('Content-Type', 'image/svg+xml; charset=utf-8');
    res.setHeader('Cache-Control', 'public, max-age=300');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    // An SVG opened directly runs no script and loads nothing (it has neither, by construction).
    res.setHeader('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'");
    res.send(svg);
  }

  @Get(':section')
  @ApiBearerAuth()
  @Roles(Role.Admin, Role.Operator)
  @ApiParam({ name: 'section', enum: STATS_SECTIONS })
  @ApiOkResponse({
    description:
      'A dashboard section as tables, with the filters applied and the data’s refresh time: the platform admin for the city, district operators for their districts (403 DISTRICT_NOT_GRANTED for others)',
  })
  section(
    @CurrentUser() user: AuthUser,
    @Param('section', sectionPipe) name: StatsSectionName,
    @Query() query: StatsQuery,
  ) {
    return this.sections.build(name, resolveScope(user, query, this.config.NOTIFY_TIMEZONE));
  }

  @Get(':section/export')
  @ApiBearerAuth()
  @Roles(Role.Admin, Role.Operator)
  @ApiParam({ name: 'section', enum: STATS_SECTIONS })
  @ApiProduces(CONTENT_TYPES.csv, CONTENT_TYPES.xlsx)
  @ApiOkResponse({
    description:
      'One table as CSV (UTF-8 with BOM) or XLSX, streamed, with the filters and the data’s time in the first lines',
    schema: { type: 'string', format: 'binary' },
  })
  async export(
    @CurrentUser() user: AuthUser,
    @Param('section', sectionPipe) name: StatsSectionName,
    @Query() query: StatsExportQuery,
    @Res() res: Response,
  ): Promise<void> {
    const { table: key, format, ...filters } = query;
    const scope = resolveScope(user, filters, this.config.NOTIFY_TIMEZONE);
    const { section, table } = await this.sections.table(name, key, scope);
    const stamp = new Date().toISOString().slice(0, 10);
    res.setHeader('Content-Type', CONTENT_TYPES[format]);
    res.setHeader(
      'Content-Disposition',
      attachmentDisposition(
        `${name}-${key}-${stamp}.${format}`,
        `${table.title['zh-CN']}-${stamp}.${format}`,
      ),
    );
    res.setHeader('Cache-Control', 'private, no-store');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    await writeTable(res, format, section, table);
  }

  @Post('refresh')
  @HttpCode(200)
  @ApiBearerAuth()
  @Roles(Role.Admin)
  @ApiOkResponse({ description: 'Recomputes the materialised statistics now (platform admin)' })
  refresh() {
    return this.refresher.refresh();
  }
}
