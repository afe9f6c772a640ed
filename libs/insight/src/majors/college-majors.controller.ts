import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiForbiddenResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { OrganizationDirectory } from '@app/organizations';
import {
  APP_CONFIG,
  type AppConfig,
  type AuthUser,
  CurrentUser,
  DomainError,
  IdParam,
  isAdmin,
} from '@app/shared';
import { cityScope, periodOf } from '../scope/stats-scope';
import { CollegeMajorsQuery } from './college-majors.query';
import { CollegeMajorsDemandView } from './college-majors.view';
import { MajorsStatsService } from './majors-stats.service';

/**
 * Majors against demand for one college (issue 14): its own majors only, each weighed against
 * the whole city's postings and the whole city's supply (the college recruits and places in the
 * city, not in its district). The college's members read it; the city's staff use /stats/majors.
 */
@ApiTags('stats')
@ApiBearerAuth()
@Controller('colleges/:id/majors')
export class CollegeMajorsController {
  constructor(
    private readonly majors: MajorsStatsService,
    private readonly organizations: OrganizationDirectory,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get('demand')
  @ApiOkResponse({ type: CollegeMajorsDemandView })
  @ApiForbiddenResponse({ description: 'Not a member of this college: NOT_A_MEMBER' })
  async demand(
    @CurrentUser() user: AuthUser,
    @IdParam() id: string,
    @Query() query: CollegeMajorsQuery,
  ): Promise<CollegeMajorsDemandView> {
    if (isAdmin(user)) {
      const org = await this.organizations.byId(id);
      if (org?.kind !== 'college') throw DomainError.notFound('College');
    } else {
      const membership = await this.organizations.membershipOf(user.id);
      if (membership?.organizationId !== id || membership.kind !== 'college') {
        throw DomainError.forbidden('Only the college’s members read its majors', 'NOT_A_MEMBER');
      }
    }
    const scope = {
      ...cityScope(this.config.NOTIFY_TIMEZONE),
      period: periodOf(query),
      collegeId: id,
      applied: { ...query, collegeId: id },
    };
    const { window, majors } = await this.majors.weighed(scope);
    return {
      collegeId: id,
      from: window.from,
      to: window.to,
      months: window.months,
      year: window.year,
      majors: majors.map((m) => ({
        code: m.code,
        name: m.name,
        level: m.level,
        colleges: m.colleges,
        intake: m.intake,
        graduates: m.graduates,
        headcount: m.headcount,
        postings: m.postings,
        previousPostings: m.previous_postings,
        ratio: m.ratio,
        trend: m.trend,
        suggestion: m.suggestion,
        support: m.support,
      })),
    };
  }
}
