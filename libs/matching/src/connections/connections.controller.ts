import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import {
  type AuthUser,
  CurrentUser,
  IdParam,
  Public,
  ResponsivenessView,
  Role,
  Roles,
} from '@app/shared';
import { ConnectionReader } from './connection-reader.service';
import { ConnectionsService } from './connections.service';
import { DeclineDto, ExpressInterestDto, InviteDto, ListMatchesQuery } from './dto/connection.dto';
import { ConnectionPageView, ConnectionView } from './dto/connection.view';
import { Responsiveness } from './responsiveness.service';

@ApiTags('matching')
@ApiBearerAuth()
@Controller()
export class ConnectionsController {
  constructor(
    private readonly connections: ConnectionsService,
    private readonly reader: ConnectionReader,
    private readonly responsiveness: Responsiveness,
  ) {}

  @Post('demands/:id/interests')
  @Roles(Role.Expert, Role.College, Role.Enterprise)
  @ApiCreatedResponse({
    type: ConnectionView,
    description:
      "An expert; a verified college (enterprises' demands) or enterprise (colleges' needs); another answers 403 CANDIDATE_TYPE_NOT_ALLOWED",
  })
  interest(@CurrentUser() user: AuthUser, @IdParam() id: string, @Body() body: ExpressInterestDto) {
    return this.connections.expressInterest(user, id, body);
  }

  @Post('demands/:id/invitations')
  @Roles(Role.Enterprise, Role.College)
  @ApiCreatedResponse({
    type: ConnectionView,
    description:
      "The demand's organisation only: an enterprise invites experts and colleges, a college invites experts and enterprises to its needs",
  })
  invite(@CurrentUser() user: AuthUser, @IdParam() id: string, @Body() body: InviteDto) {
    return this.connections.invite(user, id, body);
  }

  @Get('matches')
  @ApiOkResponse({ type: ConnectionPageView, description: "The caller's matches, newest first" })
  list(@CurrentUser() user: AuthUser, @Query() query: ListMatchesQuery) {
    return this.reader.list(user, query);
  }

  @Get('matches/:id')
  @ApiOkResponse({ type: ConnectionView, description: 'Its two parties and admins only' })
  get(@CurrentUser() user: AuthUser, @IdParam() id: string) {
    return this.reader.get(user, id);
  }

  @Post('matches/:id/accept')
  @HttpCode(200)
  @ApiOkResponse({ type: ConnectionView, description: 'The side that did not initiate' })
  accept(@CurrentUser() user: AuthUser, @IdParam() id: string) {
    return this.connections.accept(user, id);
  }

  @Post('matches/:id/decline')
  @HttpCode(200)
  @ApiOkResponse({ type: ConnectionView, description: 'The side that did not initiate' })
  decline(@CurrentUser() user: AuthUser, @IdParam() id: string, @Body() body: DeclineDto) {
    return this.connections.decline(user, id, body);
  }

  @Post('matches/:id/withdraw')
  @HttpCode(200)
  @ApiOkResponse({ type: ConnectionView, description: 'The initiating side, while pending' })
  withdraw(@CurrentUser() user: AuthUser, @IdParam() id: string) {
    return this.connections.withdraw(user, id);
  }

  @Get('organizations/:id/responsiveness')
  @Public()
  @ApiOkResponse({ type: ResponsivenessView })
  organization(@CurrentUser() user: AuthUser | undefined, @IdParam() id: string) {
    return this.responsiveness.forOrganization(user, id);
  }

  @Get('experts/:id/responsiveness')
  @Public()
  @ApiOkResponse({ type: ResponsivenessView })
  expert(@CurrentUser() user: AuthUser | undefined, @IdParam() id: string) {
    return this.responsiveness.forExpert(user, id);
  }
}
