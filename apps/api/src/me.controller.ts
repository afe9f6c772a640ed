import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ExpertsService } from '@app/experts';
import { AuthService } from '@app/identity';
import { OrganizationDirectory, OrganizationProfilesService } from '@app/organizations';
import { type AuthUser, CurrentUser, isOperator } from '@app/shared';

/** Who am I, which organisation or expert profile is mine, and what is its review status. */
@ApiTags('me')
@ApiBearerAuth()
@Controller('me')
export class MeController {
  constructor(
    private readonly auth: AuthService,
    private readonly directory: OrganizationDirectory,
    private readonly profiles: OrganizationProfilesService,
    private readonly experts: ExpertsService,
  ) {}

  @Get()
  @ApiOkResponse({
    description:
      'The account, its organisation (if any) with the caller’s role in it, and its expert ' +
      'profile (if any); a district operator also gets operatorDistricts, the districts it oversees',
  })
  async me(@CurrentUser() user: AuthUser) {
    const [account, membership, expert] = await Promise.all([
      this.auth.getUser(user.id),
      this.directory.membershipOf(user.id),
      this.experts.findByUser(user.id),
    ]);
    return {
      user: account,
      /** The caller's role in that organisation: owner, manager or member (ADR 0018). */
      organizationRole: membership?.role ?? null,
      organization: membership
        ? await this.profiles.get(user, membership.kind, membership.organizationId)
        : null,
      expertProfile: expert ? await this.experts.get(user, expert.id) : null,
      ...(isOperator(user) ? { operatorDistricts: user.districts ?? [] } : {}),
    };
  }
}
