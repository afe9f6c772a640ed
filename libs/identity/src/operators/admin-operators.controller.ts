import { Body, Controller, Delete, Get, HttpCode, Post, Put, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import { type AuthUser, CurrentUser, IdParam, PageQuery, Role, Roles } from '@app/shared';
import { ChangeOperatorDto, GrantOperatorDto, OperatorView } from './operator.dto';
import { OperatorGrantsService } from './operator-grants.service';

/** District operators, managed by the platform admin only (ADR 0016). */
@ApiTags('admin')
@ApiBearerAuth()
@Roles(Role.Admin)
@Controller('admin/operators')
export class AdminOperatorsController {
  constructor(private readonly grants: OperatorGrantsService) {}

  @Get()
  @ApiOkResponse({ description: 'Operator accounts and their districts, oldest first' })
  list(@Query() query: PageQuery) {
    return this.grants.list(query);
  }

  @Get(':userId')
  @ApiOkResponse({ type: OperatorView })
  get(@IdParam('userId') userId: string) {
    return this.grants.get(userId);
  }

  @Post()
  @ApiCreatedResponse({
    type: OperatorView,
    description:
      'Makes an existing account (by userId or email) a district operator; 404 USER_NOT_FOUND, ' +
      '409 ADMIN_NOT_GRANTABLE / ALREADY_OPERATOR',
  })
  grant(@CurrentUser() admin: AuthUser, @Body() body: GrantOperatorDto) {
    return this.grants.grant(admin, { userId: body.userId, email: body.email }, body.districts);
  }

  @Put(':userId')
  @ApiOkResponse({ type: OperatorView, description: 'Replaces the districts' })
  change(
    @CurrentUser() admin: AuthUser,
    @IdParam('userId') userId: string,
    @Body() body: ChangeOperatorDto,
  ) {
    return this.grants.change(admin, userId, body.districts);
  }

  @Delete(':userId')
  @HttpCode(204)
  @ApiNoContentResponse({
    description: 'Revokes every district; the account stays and oversees nothing',
  })
  async revoke(@CurrentUser() admin: AuthUser, @IdParam('userId') userId: string): Promise<void> {
    await this.grants.revoke(admin, userId);
  }
}
