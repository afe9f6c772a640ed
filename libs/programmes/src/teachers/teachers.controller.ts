import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import { type AuthUser, CurrentUser, IdParam, Public } from '@app/shared';
import { LogPracticeDto, PracticeYearQuery } from './dto/practice.dto';
import { CreateTeacherDto, UpdateTeacherDto } from './dto/teacher.dto';
import { PracticeService } from './practice.service';
import {
  PracticeLedgerView,
  PracticeLogView,
  PracticeOffersView,
  TeacherView,
} from './teacher.views';
import { TeachersService } from './teachers.service';

@ApiTags('teachers')
@ApiBearerAuth()
@Controller('colleges/:id')
export class CollegeTeachersController {
  constructor(
    private readonly teachers: TeachersService,
    private readonly practice: PracticeService,
  ) {}

  @Get('teachers')
  @Public()
  @ApiOkResponse({
    type: [TeacherView],
    description:
      "A college's teachers: name, majors and 双师型 level and status for anyone; account and expert links, certification details and trainings for the college's members and admins (`access`)",
  })
  list(@CurrentUser() user: AuthUser | undefined, @IdParam() id: string) {
    return this.teachers.list(user, id);
  }

  @Post('teachers')
  @ApiCreatedResponse({
    type: TeacherView,
    description:
      "The college's managers add a teacher (403 ORGANIZATION_ROLE_REQUIRED for plain members, 404 for outsiders)",
  })
  create(@CurrentUser() user: AuthUser, @IdParam() id: string, @Body() body: CreateTeacherDto) {
    return this.teachers.create(user, id, body);
  }

  @Get('teachers/:teacherId')
  @Public()
  @ApiOkResponse({
    type: TeacherView,
    description: 'Public parts for anyone, everything for members and admins',
  })
  get(
    @CurrentUser() user: AuthUser | undefined,
    @IdParam() id: string,
    @IdParam('teacherId') teacherId: string,
  ) {
    return this.teachers.get(user, id, teacherId);
  }

  @Patch('teachers/:teacherId')
  @ApiOkResponse({
    type: TeacherView,
    description: 'The fields given replace the stored ones (managers)',
  })
  update(
    @CurrentUser() user: AuthUser,
    @IdParam() id: string,
    @IdParam('teacherId') teacherId: string,
    @Body() body: UpdateTeacherDto,
  ) {
    return this.teachers.update(user, id, teacherId, body);
  }

  @Delete('teachers/:teacherId')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Managers; the teacher’s practice logs go too' })
  remove(
    @CurrentUser() user: AuthUser,
    @IdParam() id: string,
    @IdParam('teacherId') teacherId: string,
  ): Promise<void> {
    return this.teachers.remove(user, id, teacherId);
  }

  @Post('teachers/:teacherId/practice-logs')
  @ApiCreatedResponse({
    type: PracticeLogView,
    description:
      'Two-for-one: days a teacher spent on an enterprise R&D demand, awaiting its confirmation (managers). 400 DATES_OUT_OF_ORDER, SPANS_YEARS, EXCEEDS_DATES, DEMAND_NOT_FOUND, NOT_AN_RND_DEMAND',
  })
  logPractice(
    @CurrentUser() user: AuthUser,
    @IdParam() id: string,
    @IdParam('teacherId') teacherId: string,
    @Body() body: LogPracticeDto,
  ) {
    return this.practice.logPractice(user, id, teacherId, body);
  }

  @Get('practice')
  @ApiOkResponse({
    type: PracticeLedgerView,
    description:
      "Each teacher's confirmed practice days of the year (teacher_practice projects and two-for-one) against 60 days, and the teachers still short (members and admins; 404 for others)",
  })
  ledger(@CurrentUser() user: AuthUser, @IdParam() id: string, @Query() query: PracticeYearQuery) {
    return this.practice.ledger(user, id, query.year);
  }

  @Get('practice/offers')
  @ApiOkResponse({
    type: PracticeOffersView,
    description:
      'For each teacher still short this year, open enterprise R&D demands in their field (members and admins; 404 for others)',
  })
  offers(@CurrentUser() user: AuthUser, @IdParam() id: string, @Query() query: PracticeYearQuery) {
    return this.practice.offers(user, id, query.year);
  }

  @Get('practice/logs')
  @ApiOkResponse({
    type: [PracticeLogView],
    description: "The college's two-for-one logs (members and admins)",
  })
  logs(@CurrentUser() user: AuthUser, @IdParam() id: string, @Query() query: PracticeYearQuery) {
    return this.practice.collegeLogs(user, id, query.year);
  }
}

@ApiTags('teachers')
@ApiBearerAuth()
@Controller('practice-logs')
export class PracticeLogsController {
  constructor(private readonly practice: PracticeService) {}

  @Get()
  @ApiOkResponse({
    type: [PracticeLogView],
    description: "Two-for-one logs on the caller's organisation's demands",
  })
  list(@CurrentUser() user: AuthUser) {
    return this.practice.enterpriseLogs(user);
  }

  @Post(':id/confirm')
  @HttpCode(200)
  @ApiOkResponse({
    type: PracticeLogView,
    description:
      'A manager of the enterprise that owns the demand confirms; the college: 403 OTHER_SIDE_MUST_CONFIRM; anyone else: 404; twice: 409 PRACTICE_ALREADY_CONFIRMED',
  })
  confirm(@CurrentUser() user: AuthUser, @IdParam() id: string) {
    return this.practice.confirm(user, id);
  }
}
