import { Body, Controller, Get, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { type AuthUser, CurrentUser, Public, Role, Roles, IdParam } from '@app/shared';
import { CreateEnterpriseDto, UpdateEnterpriseDto } from '../dto/enterprise.dto';
import { ListOrganizationsQuery } from '../dto/list-organizations.query';
import { OrganizationView } from '../dto/organization.view';
import { OrganizationKind } from '../entities/organization.entity';
import { OrganizationProfilesService } from '../services/organization-profiles.service';

const KIND = OrganizationKind.Enterprise;

@ApiTags('enterprises')
@ApiBearerAuth()
@Controller('enterprises')
export class EnterprisesController {
  constructor(private readonly profiles: OrganizationProfilesService) {}

  @Post()
  @Roles(Role.Enterprise)
  @ApiCreatedResponse({ type: OrganizationView, description: 'Registered; waits for verification' })
  create(@CurrentUser() user: AuthUser, @Body() body: CreateEnterpriseDto) {
    return this.profiles.create(user, KIND, body);
  }

  @Get()
  @Public()
  @ApiOkResponse({ description: 'Verified enterprises (admins may filter by status)' })
  list(@CurrentUser() user: AuthUser | undefined, @Query() query: ListOrganizationsQuery) {
    return this.profiles.list(user, KIND, query);
  }

  @Get(':id')
  @Public()
  @ApiOkResponse({ type: OrganizationView })
  get(@CurrentUser() user: AuthUser | undefined, @IdParam() id: string) {
    return this.profiles.get(user, KIND, id);
  }

  @Patch(':id')
  @Roles(Role.Enterprise, Role.Admin)
  @ApiOkResponse({ type: OrganizationView })
  update(@CurrentUser() user: AuthUser, @IdParam() id: string, @Body() body: UpdateEnterpriseDto) {
    return this.profiles.update(user, KIND, id, body);
  }
}
