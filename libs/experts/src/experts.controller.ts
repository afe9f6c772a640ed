import { Body, Controller, Get, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { type AuthUser, CurrentUser, Public, Role, Roles, IdParam } from '@app/shared';
import { CreateExpertDto, UpdateExpertDto } from './dto/expert.dto';
import { ExpertView } from './dto/expert.view';
import { ListExpertsQuery } from './dto/list-experts.query';
import { ExpertsService } from './experts.service';

@ApiTags('experts')
@ApiBearerAuth()
@Controller('experts')
export class ExpertsController {
  constructor(private readonly experts: ExpertsService) {}

  @Post()
  @Roles(Role.Expert)
  @ApiCreatedResponse({ type: ExpertView })
  create(@CurrentUser() user: AuthUser, @Body() body: CreateExpertDto) {
    return this.experts.create(user, body);
  }

  @Get()
  @Public()
  @ApiOkResponse({ description: 'Public expert profiles; contact details are never listed' })
  list(@CurrentUser() user: AuthUser | undefined, @Query() query: ListExpertsQuery) {
    return this.experts.list(user, query);
  }

  @Get(':id')
  @Public()
  @ApiOkResponse({ type: ExpertView })
  get(@CurrentUser() user: AuthUser | undefined, @IdParam() id: string) {
    return this.experts.get(user, id);
  }

  @Patch(':id')
  @Roles(Role.Expert, Role.Admin)
  @ApiOkResponse({ type: ExpertView })
  update(@CurrentUser() user: AuthUser, @IdParam() id: string, @Body() body: UpdateExpertDto) {
    return this.experts.update(user, id, body);
  }
}
