import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import { type AuthUser, CurrentUser, Public, Role, Roles, IdParam } from '@app/shared';
import { DemandsService } from './demands.service';
import { CloseDemandDto, CreateDemandDto, UpdateDemandDto } from './dto/demand.dto';
import { DemandPageView, DemandView } from './dto/demand.view';
import { ListDemandsQuery } from './dto/list-demands.query';

@ApiTags('demands')
@ApiBearerAuth()
@Controller('demands')
export class DemandsController {
  constructor(private readonly demands: DemandsService) {}

  @Post()
  @Roles(Role.Enterprise, Role.College)
  @ApiCreatedResponse({ type: DemandView, description: 'Created as a draft' })
  create(@CurrentUser() user: AuthUser, @Body() body: CreateDemandDto) {
    return this.demands.create(user, body);
  }

  @Get()
  @Public()
  @ApiOkResponse({
    type: DemandPageView,
    description: 'Open demands by default; drafts only with mine=true',
  })
  list(@CurrentUser() user: AuthUser | undefined, @Query() query: ListDemandsQuery) {
    return this.demands.list(user, query);
  }

  @Get(':id')
  @Public()
  @ApiOkResponse({ type: DemandView })
  get(@CurrentUser() user: AuthUser | undefined, @IdParam() id: string) {
    return this.demands.get(user, id);
  }

  @Patch(':id')
  @Roles(Role.Enterprise, Role.College)
  @ApiOkResponse({ type: DemandView })
  update(@CurrentUser() user: AuthUser, @IdParam() id: string, @Body() body: UpdateDemandDto) {
    return this.demands.update(user, id, body);
  }

  @Delete(':id')
  @Roles(Role.Enterprise, Role.College)
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Drafts only' })
  async remove(@CurrentUser() user: AuthUser, @IdParam() id: string): Promise<void> {
    await this.demands.deleteDraft(user, id);
  }

  @Post(':id/publish')
  @Roles(Role.Enterprise, Role.College)
  @HttpCode(200)
  @ApiOkResponse({
    type: DemandView,
    description: '409 ORG_NOT_VERIFIED for unverified enterprises',
  })
  publish(@CurrentUser() user: AuthUser, @IdParam() id: string) {
    return this.demands.publish(user, id);
  }

  @Post(':id/close')
  @Roles(Role.Enterprise, Role.College)
  @HttpCode(200)
  @ApiOkResponse({ type: DemandView })
  close(@CurrentUser() user: AuthUser, @IdParam() id: string, @Body() body: CloseDemandDto) {
    return this.demands.close(user, id, body);
  }
}
