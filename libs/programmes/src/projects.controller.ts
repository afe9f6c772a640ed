import { Body, Controller, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import { type AuthUser, CurrentUser, IdParam, Public } from '@app/shared';
import {
  ChangeStatusDto,
  UpdateProjectDto,
  CreateMilestoneDto,
  CreateProjectDto,
  CreateProjectFromMatchDto,
  ListProjectsQuery,
  ReportOutcomeDto,
} from './dto/project.dto';
import { MilestoneView, OutcomeView, ProjectPageView, ProjectView } from './dto/project.view';
import { ProjectMilestonesService } from './project-milestones.service';
import { ProjectOutcomesService } from './project-outcomes.service';
import { ProjectsService } from './projects.service';

@ApiTags('projects')
@ApiBearerAuth()
@Controller('projects')
export class ProjectsController {
  constructor(
    private readonly projects: ProjectsService,
    private readonly projectOutcomes: ProjectOutcomesService,
    private readonly milestones: ProjectMilestonesService,
  ) {}

  @Post()
  @ApiCreatedResponse({
    type: ProjectView,
    description:
      'Registered directly by an admin or a manager of a partner organisation, or from a connected match (`connectionId`): 409 CONNECTION_NOT_CONNECTED, 403 ORGANIZATION_ROLE_REQUIRED',
  })
  create(@CurrentUser() user: AuthUser, @Body() body: CreateProjectDto) {
    return this.projects.create(user, body);
  }

  @Get()
  @Public()
  @ApiOkResponse({
    type: ProjectPageView,
    description:
      "The caller's projects (their organisation's or expert profile's; admins: all), or with organizationId / expertId a partner's projects as its profile shows them (anyone); public parts, newest first",
  })
  list(@CurrentUser() user: AuthUser | undefined, @Query() query: ListProjectsQuery) {
    return this.projects.list(user, query);
  }

  @Get(':id')
  @Public()
  @ApiOkResponse({
    type: ProjectView,
    description:
      'Title, kind, status, dates and partners for anyone; details, status history, outcomes and milestones for partners and admins (`access`)',
  })
  get(@CurrentUser() user: AuthUser | undefined, @IdParam() id: string) {
    return this.projects.get(user, id);
  }

  @Patch(':id')
  @ApiOkResponse({
    type: ProjectView,
    description:
      'Title, description, dates or details (kind and partners stay); a partner manager or an admin; not once completed or stopped',
  })
  @ApiConflictResponse({ description: 'VERSION_CONFLICT, PROJECT_CLOSED' })
  update(@CurrentUser() user: AuthUser, @IdParam() id: string, @Body() body: UpdateProjectDto) {
    return this.projects.update(user, id, body);
  }

  @Post(':id/status')
  @HttpCode(200)
  @ApiOkResponse({
    type: ProjectView,
    description: 'planned → running → completed, or stopped with a reason',
  })
  changeStatus(
    @CurrentUser() user: AuthUser,
    @IdParam() id: string,
    @Body() body: ChangeStatusDto,
  ) {
    return this.projects.changeStatus(user, id, body);
  }

  @Get(':id/outcomes')
  @ApiOkResponse({ type: [OutcomeView], description: 'Partners and admins only (404 for others)' })
  outcomes(@CurrentUser() user: AuthUser, @IdParam() id: string) {
    return this.projectOutcomes.list(user, id);
  }

  @Post(':id/outcomes')
  @ApiCreatedResponse({
    type: OutcomeView,
    description:
      "One side reports a period's figures (a new report needs a new confirmation); contradictions are 400 with the field named",
  })
  reportOutcome(
    @CurrentUser() user: AuthUser,
    @IdParam() id: string,
    @Body() body: ReportOutcomeDto,
  ) {
    return this.projectOutcomes.report(user, id, body);
  }

  @Post(':id/outcomes/:outcomeId/confirm')
  @HttpCode(200)
  @ApiOkResponse({
    type: OutcomeView,
    description: 'Another side confirms: 403 OTHER_SIDE_MUST_CONFIRM',
  })
  confirmOutcome(
    @CurrentUser() user: AuthUser,
    @IdParam() id: string,
    @IdParam('outcomeId') outcomeId: string,
  ) {
    return this.projectOutcomes.confirm(user, id, outcomeId);
  }

  @Post(':id/milestones')
  @ApiCreatedResponse({
    type: MilestoneView,
    description: 'A milestone with an owner (a partner) and a due date',
  })
  addMilestone(
    @CurrentUser() user: AuthUser,
    @IdParam() id: string,
    @Body() body: CreateMilestoneDto,
  ) {
    return this.milestones.add(user, id, body);
  }

  @Post(':id/milestones/:milestoneId/complete')
  @HttpCode(200)
  @ApiOkResponse({ type: MilestoneView, description: 'Marks the milestone complete' })
  completeMilestone(
    @CurrentUser() user: AuthUser,
    @IdParam() id: string,
    @IdParam('milestoneId') milestoneId: string,
  ) {
    return this.milestones.complete(user, id, milestoneId);
  }
}

/** A project from a connected match, prefilled with both sides. */
@ApiTags('projects')
@ApiBearerAuth()
@Controller('matches')
export class MatchProjectsController {
  constructor(private readonly projects: ProjectsService) {}

  @Post(':id/projects')
  @ApiCreatedResponse({
    type: ProjectView,
    description: 'A manager of one side: 409 CONNECTION_NOT_CONNECTED unless both sides accepted',
  })
  create(
    @CurrentUser() user: AuthUser,
    @IdParam() id: string,
    @Body() body: CreateProjectFromMatchDto,
  ) {
    return this.projects.createFromMatch(user, id, body);
  }
}
