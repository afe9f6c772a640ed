import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Req } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import type { Request } from 'express';
import { type AuthUser, CurrentUser, IdParam, Public } from '@app/shared';
import {
  AcceptedInvitationView,
  AcceptInvitationDto,
  ChangeRoleDto,
  InvitationPreviewView,
  InvitationTokenDto,
  InvitationView,
  InviteColleagueDto,
  TeamMemberView,
  TransferOwnershipDto,
} from '../dto/team.dto';
import { TeamInvitationsService } from '../team/team-invitations.service';
import { TeamService } from '../team/team.service';

const ROLE_REQUIRED = 'ORGANIZATION_ROLE_REQUIRED (the message names the role needed)';

/** An organisation's team (ADR 0018): enterprises and colleges alike. */
@ApiTags('teams')
@ApiBearerAuth()
@Controller('organizations/:id')
export class TeamController {
  constructor(
    private readonly team: TeamService,
    private readonly teamInvitations: TeamInvitationsService,
  ) {}

  @Get('members')
  @ApiOkResponse({ type: [TeamMemberView], description: 'Members with roles, oldest first' })
  @ApiForbiddenResponse({ description: 'NOT_ORGANIZATION_MEMBER' })
  members(@CurrentUser() user: AuthUser, @IdParam() id: string) {
    return this.team.members(user, id);
  }

  @Patch('members/:userId')
  @ApiOkResponse({ type: TeamMemberView, description: 'Owners change roles' })
  @ApiForbiddenResponse({ description: ROLE_REQUIRED })
  @ApiConflictResponse({ description: 'LAST_OWNER' })
  changeRole(
    @CurrentUser() user: AuthUser,
    @IdParam() id: string,
    @IdParam('userId') userId: string,
    @Body() body: ChangeRoleDto,
  ) {
    return this.team.changeRole(user, id, userId, body.role);
  }

  @Delete('members/:userId')
  @HttpCode(204)
  @ApiNoContentResponse({
    description: 'Owners remove anyone, managers remove members; your own id leaves',
  })
  @ApiForbiddenResponse({ description: ROLE_REQUIRED })
  @ApiConflictResponse({ description: 'LAST_OWNER' })
  async remove(
    @CurrentUser() user: AuthUser,
    @IdParam() id: string,
    @IdParam('userId') userId: string,
  ): Promise<void> {
    await this.team.remove(user, id, userId);
  }

  @Post('leave')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'The caller leaves the organisation' })
  @ApiConflictResponse({ description: 'LAST_OWNER: transfer ownership first' })
  async leave(@CurrentUser() user: AuthUser, @IdParam() id: string): Promise<void> {
    await this.team.remove(user, id, user.id);
  }

  @Post('ownership-transfer')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'The member becomes owner; the caller becomes manager' })
  @ApiForbiddenResponse({ description: ROLE_REQUIRED })
  async transfer(
    @CurrentUser() user: AuthUser,
    @IdParam() id: string,
    @Body() body: TransferOwnershipDto,
  ): Promise<void> {
    await this.team.transferOwnership(user, id, body.userId);
  }

  @Get('invitations')
  @ApiOkResponse({ type: [InvitationView], description: 'Pending invitations, newest first' })
  @ApiForbiddenResponse({ description: ROLE_REQUIRED })
  invitations(@CurrentUser() user: AuthUser, @IdParam() id: string) {
    return this.teamInvitations.invitations(user, id);
  }

  @Post('invitations')
  @ApiCreatedResponse({
    type: InvitationView,
    description: 'Emails a /join link (TEAM_INVITATION_TTL_DAYS)',
  })
  @ApiForbiddenResponse({ description: ROLE_REQUIRED })
  @ApiConflictResponse({ description: 'ALREADY_MEMBER, INVITATION_PENDING' })
  invite(@CurrentUser() user: AuthUser, @IdParam() id: string, @Body() body: InviteColleagueDto) {
    return this.teamInvitations.invite(user, id, body);
  }

  @Post('invitations/:invitationId/resend')
  @HttpCode(200)
  @ApiOkResponse({ type: InvitationView, description: 'A new link; the old one stops working' })
  @ApiConflictResponse({ description: 'INVITATION_NOT_PENDING' })
  resend(
    @CurrentUser() user: AuthUser,
    @IdParam() id: string,
    @IdParam('invitationId') invitationId: string,
  ) {
    return this.teamInvitations.resend(user, id, invitationId);
  }

  @Delete('invitations/:invitationId')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Revoked: its link stops working' })
  @ApiConflictResponse({ description: 'INVITATION_NOT_PENDING' })
  async revoke(
    @CurrentUser() user: AuthUser,
    @IdParam() id: string,
    @IdParam('invitationId') invitationId: string,
  ): Promise<void> {
    await this.teamInvitations.revoke(user, id, invitationId);
  }
}

/** The invitee's side: the /join link's token is the credential. */
@ApiTags('teams')
@Public()
@Controller('team-invitations')
export class TeamInvitationsController {
  constructor(private readonly invitations: TeamInvitationsService) {}

  @Post('preview')
  @HttpCode(200)
  @ApiOkResponse({ type: InvitationPreviewView })
  @ApiBadRequestResponse({ description: 'INVALID_INVITATION_TOKEN' })
  preview(@Body() body: InvitationTokenDto) {
    return this.invitations.preview(body.token);
  }

  @Post('accept')
  @HttpCode(200)
  @ApiOkResponse({
    type: AcceptedInvitationView,
    description:
      'Joins the account of the invited address; without one, creates it (displayName, password) verified and logs it in',
  })
  @ApiBadRequestResponse({
    description: 'INVALID_INVITATION_TOKEN (forged, used, revoked or expired); VALIDATION_FAILED',
  })
  @ApiConflictResponse({
    description: 'ALREADY_IN_ANOTHER_ORGANIZATION, ACCOUNT_KIND_MISMATCH, ALREADY_MEMBER',
  })
  accept(@Body() body: AcceptInvitationDto, @Req() req: Request) {
    return this.invitations.accept(body, {
      ip: req.ip ?? 'unknown',
      userAgent: req.headers['user-agent'],
    });
  }
}
