import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { type AuthUser, CurrentUser, Role, Roles, IdParam } from '@app/shared';
import { ListOrganizationsQuery } from '../dto/list-organizations.query';
import { OrganizationView } from '../dto/organization.view';
import {
  BatchVerificationDto,
  OrganizationTotalsDto,
  RejectOrganizationDto,
  ReviewQueuePageView,
  VerificationOutcomeDto,
} from '../dto/verification.dto';
import { OrganizationVerificationService } from '../services/organization-verification.service';

@ApiTags('admin')
@ApiBearerAuth()
@Roles(Role.Admin, Role.Operator)
@Controller('admin/organizations')
export class AdminOrganizationsController {
  constructor(private readonly verification: OrganizationVerificationService) {}

  @Get()
  @ApiOkResponse({
    type: ReviewQueuePageView,
    description:
      'Review queue, oldest first (status defaults to pending); a district operator sees its ' +
      'districts only (403 NO_DISTRICTS_GRANTED once its grant is revoked)',
  })
  queue(@CurrentUser() actor: AuthUser, @Query() query: ListOrganizationsQuery) {
    return this.verification.queue(actor, query);
  }

  @Get('totals')
  @ApiOkResponse({
    type: OrganizationTotalsDto,
    description:
      'Organisations by district, kind and review status: the whole city for the admin, its ' +
      'districts for a district operator',
  })
  totals(@CurrentUser() actor: AuthUser) {
    return this.verification.totals(actor);
  }

  @Post('verifications')
  @HttpCode(200)
  @ApiOkResponse({ type: [VerificationOutcomeDto], description: 'One outcome per decision' })
  decide(@CurrentUser() admin: AuthUser, @Body() body: BatchVerificationDto) {
    return this.verification.decide(admin, body.decisions);
  }

  @Post(':id/verify')
  @HttpCode(200)
  @ApiOkResponse({ type: OrganizationView })
  verify(@CurrentUser() admin: AuthUser, @IdParam() id: string) {
    return this.verification.verify(admin, id);
  }

  @Post(':id/reject')
  @HttpCode(200)
  @ApiOkResponse({ type: OrganizationView })
  reject(
    @CurrentUser() admin: AuthUser,
    @IdParam() id: string,
    @Body() body: RejectOrganizationDto,
  ) {
    return this.verification.reject(admin, id, body.reason);
  }
}
