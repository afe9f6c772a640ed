import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import { type AuthUser, CurrentUser, IdParam } from '@app/shared';
import { DemandMatcher, type MatchKind } from './demand-matcher.service';
import { ImpressionRecorder } from './feedback/impression-recorder.service';
import { ImpressionSubject } from './feedback/match-impression.entity';
import { MatchCandidate } from './match.types';
import { Recommendations } from './recommendations.service';

class LimitQuery {
  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 50, default: 10 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(50)
  limit = 10;
}

class MatchesQuery extends LimitQuery {
  @ApiPropertyOptional({
    enum: ['expert', 'college', 'enterprise'],
    default: 'expert',
    description:
      "Enterprises' demands: expert or college; colleges' needs: expert or enterprise (else 400 VALIDATION_FAILED, field error CANDIDATE_TYPE_NOT_ALLOWED on kind)",
  })
  @IsOptional()
  @IsIn(['expert', 'college', 'enterprise'])
  kind: MatchKind = 'expert';
}

@ApiTags('matching')
@ApiBearerAuth()
@Controller()
export class MatchingController {
  constructor(
    private readonly matcher: DemandMatcher,
    private readonly recommendations: Recommendations,
    private readonly impressions: ImpressionRecorder,
  ) {}

  @Get('demands/:id/matches')
  @ApiOkResponse({
    type: [MatchCandidate],
    description: "Ranked candidates; the demand's organisation and admins only",
  })
  async matches(
    @CurrentUser() user: AuthUser,
    @IdParam() id: string,
    @Query() query: MatchesQuery,
  ): Promise<MatchCandidate[]> {
    const list = await this.matcher.matches(user, id, query.kind, query.limit);
    // What was shown to whom: the feedback matching learns from (never fails the request).
    await this.impressions.record(user, { kind: ImpressionSubject.Demand, id }, list);
    return list;
  }

  @Get('experts/:id/recommendations')
  @ApiOkResponse({
    type: [MatchCandidate],
    description:
      "Open enterprises' demands and colleges' needs ranked for this expert; the expert only",
  })
  async forExpert(
    @CurrentUser() user: AuthUser,
    @IdParam() id: string,
    @Query() query: LimitQuery,
  ): Promise<MatchCandidate[]> {
    const list = await this.recommendations.forExpert(user, id, query.limit);
    await this.impressions.record(user, { kind: ImpressionSubject.Expert, id }, list);
    return list;
  }

  @Get('colleges/:id/recommendations')
  @ApiOkResponse({
    type: [MatchCandidate],
    description: "Open enterprises' demands ranked for this college; its members only",
  })
  async forCollege(
    @CurrentUser() user: AuthUser,
    @IdParam() id: string,
    @Query() query: LimitQuery,
  ): Promise<MatchCandidate[]> {
    const list = await this.recommendations.forCollege(user, id, query.limit);
    await this.impressions.record(user, { kind: ImpressionSubject.College, id }, list);
    return list;
  }

  @Get('enterprises/:id/recommendations')
  @ApiOkResponse({
    type: [MatchCandidate],
    description: "Open colleges' needs ranked for this enterprise; its members only",
  })
  async forEnterprise(
    @CurrentUser() user: AuthUser,
    @IdParam() id: string,
    @Query() query: LimitQuery,
  ): Promise<MatchCandidate[]> {
    const list = await this.recommendations.forEnterprise(user, id, query.limit);
    await this.impressions.record(user, { kind: ImpressionSubject.Enterprise, id }, list);
    return list;
  }
}
