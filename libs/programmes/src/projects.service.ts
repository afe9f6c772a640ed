import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { type DataSource, type EntityManager, In } from 'typeorm';
import { AuditActions, AuditLog, AuditTargets } from '@app/audit';
import { ExpertDirectory } from '@app/experts';
import { ConnectionReader, ConnectionStatus } from '@app/matching';
import {
  assertOrganizationRole,
  OrganizationDirectory,
  OrganizationKind,
  OrganizationRole,
} from '@app/organizations';
import {
  APP_CONFIG,
  type AppConfig,
  type AuthUser,
  DomainError,
  type FieldError,
  flattenValidationErrors,
  isAdmin,
  OutboxService,
  type Page,
  pageOf,
} from '@app/shared';
import { DETAILS_DTO } from './dto/project-details.dto';
import type {
  ChangeStatusDto,
  UpdateProjectDto,
  CreateMilestoneDto,
  CreateProjectDto,
  CreateProjectFromMatchDto,
  ListProjectsQuery,
  ReportOutcomeDto,
} from './dto/project.dto';
import type {
  MilestoneView,
  OutcomeView,
  PartnerView,
  ProjectPublicView,
  ProjectView,
} from './dto/project.view';
import { outcomeProblems } from './outcome-rules';
import { isOverdue, localDate } from './overdue-milestones';
import { outcomeEvent, ProgrammeEvents, projectEvent } from './programme-events';
import { OutcomeStatus, PartnerType, ProjectKind, ProjectStatus } from './programme.types';
import { ProjectMilestone } from './project-milestone.entity';
import { ProjectOutcome } from './project-outcome.entity';
import { ProjectPartner } from './project-partner.entity';
import { type Caller, actingSidesOf, otherSides, type PartnerRef, sidesOf } from './project-sides';
import { ProjectStatusChange } from './project-status-change.entity';
import { Project } from './project.entity';

/** Where each status may go; stopping needs a reason. */
const TRANSITIONS: Record<ProjectStatus, readonly ProjectStatus[]> = {
  [ProjectStatus.Planned]: [ProjectStatus.Running, ProjectStatus.Stopped],
  [ProjectStatus.Running]: [ProjectStatus.Completed, ProjectStatus.Stopped],
  [ProjectStatus.Completed]: [],
  [ProjectStatus.Stopped]: [],
};

interface Loaded {
  project: Project;
  partners: ProjectPartner[];
}

/** Cooperation projects: creation, status, outcomes and milestones (one transaction each). */
@Injectable()
export class ProjectsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly organizations: OrganizationDirectory,
    private readonly experts: ExpertDirectory,
    private readonly connections: ConnectionReader,
    private readonly outbox: OutboxService,
    private readonly audit: AuditLog,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Today in the city's time zone (what the overdue check counts in). */
  private today(): string {
    return localDate(new Date(), this.config.NOTIFY_TIMEZONE);
  }

  /** Direct registration (admins, managers of a partner organisation) or from a match. */
  async create(actor: AuthUser, input: CreateProjectDto): Promise<ProjectView> {
    if (input.connectionId) return this.createFromMatch(actor, input.connectionId, input);
    const organizationIds = unique(input.partners?.organizationIds ?? []);
    const expertIds = unique(input.partners?.expertIds ?? []);
    if (!isAdmin(actor)) {
      const membership = await this.organizations.membershipOf(actor.id);
      if (!membership) {
        throw DomainError.forbidden(
          'Only admins and organisations register projects',
          'NOT_ORGANIZATION_MEMBER',
        );
      }
      assertOrganizationRole(membership, OrganizationRole.Manager);
      if (!organizationIds.includes(membership.organizationId)) {
        throw DomainError.invalidField(
          'partners.organizationIds',
          'OWN_ORGANIZATION_REQUIRED',
          'Your organisation must be one of the partners',
        );
      }
    }
    return this.insert(actor, input, organizationIds, expertIds, null);
  }

  /** From a connected match: its two sides are partners; a manager of a side (or its expert). */
  async createFromMatch(
    actor: AuthUser,
    connectionId: string,
    input: CreateProjectFromMatchDto,
  ): Promise<ProjectView> {
    const connection = await this.connections.record(connectionId);
    const caller = await this.callerOf(actor);
    const sideOrgs = [connection?.ownerId, connection?.candidateOrganizationId].filter(
      (id): id is string => !!id,
    );
    const isOrgSide = !!caller.membership && sideOrgs.includes(caller.membership.organizationId);
    const isExpertSide = !!connection?.expertId && connection.expertId === caller.expertId;
    if (!connection || (!isAdmin(actor) && !isOrgSide && !isExpertSide)) {
      throw DomainError.notFound('Match');
    }
    if (isOrgSide && !isAdmin(actor))
      assertOrganizationRole(caller.membership, OrganizationRole.Manager);
    if (connection.status !== ConnectionStatus.Connected) {
      throw DomainError.conflict(
        'CONNECTION_NOT_CONNECTED',
        'A project starts from a match both sides accepted',
      );
    }
    const organizationIds = unique([...sideOrgs, ...(input.partners?.organizationIds ?? [])]);
    const expertIds = unique([
      ...(connection.expertId ? [connection.expertId] : []),
      ...(input.partners?.expertIds ?? []),
    ]);
    return this.insert(actor, input, organizationIds, expertIds, connection.id);
  }

  private async insert(
    actor: AuthUser,
    input: CreateProjectFromMatchDto,
    organizationIds: string[],
    expertIds: string[],
    connectionId: string | null,
  ): Promise<ProjectView> {
    const details = await validDetails(input.kind, input.details);
    assertDatesInOrder(input.startDate, input.endDate, 'endDate');
    const partners = await this.partnersOf(organizationIds, expertIds);
    assertPartnersFit(input.kind, partners);
    const id = await this.dataSource.transaction(async (m) => {
      const project = await m.save(
        m.create(Project, {
          kind: input.kind,
          title: input.title,
          description: input.description ?? '',
          startDate: input.startDate ?? null,
          endDate: input.endDate ?? null,
          details,
          connectionId,
          createdBy: actor.id,
          status: ProjectStatus.Planned,
          version: 1,
        }),
      );
      await m.insert(
        ProjectPartner,
        partners.map((p) => ({ ...p, projectId: project.id })),
      );
      await m.insert(ProjectStatusChange, {
        projectId: project.id,
        fromStatus: null,
        toStatus: ProjectStatus.Planned,
        reason: null,
        changedBy: actor.id,
      });
      await this.outbox.record(
        m,
        projectEvent(ProgrammeEvents.ProjectCreated, 1, payloadOf(project, partners)),
      );
      await this.audit.record(m, {
        actor,
        action: AuditActions.ProjectCreated,
        target: { type: AuditTargets.Project, id: project.id },
        organizationId: organizationIds[0] ?? null,
        details: { kind: project.kind, connectionId, organizationIds, expertIds },
      });
      return project.id;
    });
    return this.get(actor, id);
  }

  /** Anyone signed in sees the public parts; partners and admins see everything. */
  async get(actor: AuthUser | undefined, id: string): Promise<ProjectView> {
    const loaded = await this.load(this.dataSource.manager, id);
    if (!loaded) throw DomainError.notFound('Project');
    const access = await this.accessOf(actor, loaded.partners);
    const view: ProjectView = { ...(await this.publicView(loaded)), access };
    if (access === 'public') return view;
    const { project } = loaded;
    const m = this.dataSource.manager;
    const [history, outcomes, milestones] = await Promise.all([
      m.find(ProjectStatusChange, { where: { projectId: id }, order: { changedAt: 'ASC' } }),
      m.find(ProjectOutcome, { where: { projectId: id }, order: { period: 'ASC' } }),
      m.find(ProjectMilestone, { where: { projectId: id }, order: { dueDate: 'ASC' } }),
    ]);
    return {
      ...view,
      description: project.description,
      details: project.details,
      connectionId: project.connectionId,
      stopReason: project.stopReason,
      statusHistory: history.map((h) => ({
        from: h.fromStatus,
        to: h.toStatus,
        reason: h.reason,
        changedBy: h.changedBy,
        changedAt: h.changedAt.toISOString(),
      })),
      outcomes: outcomes.map(outcomeView),
      milestones: milestones.map((ms) => milestoneView(ms, this.today())),
    };
  }

  /** The figures: partners and admins only; to anyone else the project has none (404). */
  async outcomes(actor: AuthUser, id: string): Promise<OutcomeView[]> {
    const view = await this.get(actor, id);
    if (view.access === 'public') throw DomainError.notFound('Project');
    return view.outcomes ?? [];
  }

  /**
   * A partner's manager (or an admin) corrects the title, description, dates or details; kind
   * and partners stay. Completed and stopped projects are records: they do not change.
   */
  async update(actor: AuthUser, id: string, input: UpdateProjectDto): Promise<ProjectView> {
    await this.dataSource.transaction(async (m) => {
      const { project, partners } = await this.actOn(m, actor, id);
      if (input.version !== project.version) {
        throw DomainError.conflict(
          'VERSION_CONFLICT',
          `The project changed since version ${input.version}; read it again (version ${project.version})`,
        );
      }
      if ([ProjectStatus.Completed, ProjectStatus.Stopped].includes(project.status)) {
        throw DomainError.conflict('PROJECT_CLOSED', `A ${project.status} project does not change`);
      }
      const changes: Partial<Project> = {
        ...(input.title !== undefined ? { title: input.title.trim() } : {}),
        ...(input.description !== undefined ? { description: input.description } : {}),
        ...(input.startDate !== undefined ? { startDate: input.startDate } : {}),
        ...(input.endDate !== undefined ? { endDate: input.endDate } : {}),
        ...(input.details !== undefined
          ? { details: await validDetails(project.kind, input.details) }
          : {}),
      };
      if (Object.keys(changes).length === 0) return;
      Object.assign(project, changes);
      assertDatesInOrder(project.startDate ?? undefined, project.endDate ?? undefined, 'endDate');
      project.version += 1;
      // jsonb details: TypeORM's deep-partial type does not fit a free-form object.
      await m.save(Project, { ...project });
      await this.outbox.record(
        m,
        projectEvent(ProgrammeEvents.ProjectUpdated, project.version, payloadOf(project, partners)),
      );
      await this.audit.record(m, {
        actor,
        action: AuditActions.ProjectUpdated,
        target: { type: AuditTargets.Project, id },
        details: { fields: Object.keys(changes) },
      });
    });
    return this.get(actor, id);
  }

  async changeStatus(actor: AuthUser, id: string, input: ChangeStatusDto): Promise<ProjectView> {
    await this.dataSource.transaction(async (m) => {
      const { project, partners } = await this.actOn(m, actor, id);
      if (!TRANSITIONS[project.status].includes(input.status)) {
        throw DomainError.conflict(
          'INVALID_STATUS_TRANSITION',
          `A ${project.status} project cannot become ${input.status}`,
        );
      }
      if (input.status === ProjectStatus.Stopped && !input.reason?.trim()) {
        throw DomainError.invalidField('reason', 'REQUIRED', 'Stopping a project needs a reason');
      }
      const from = project.status;
      project.status = input.status;
      project.version += 1;
      if (input.status === ProjectStatus.Stopped) project.stopReason = input.reason ?? null;
      await m.update(
        Project,
        { id },
        { status: project.status, version: project.version, stopReason: project.stopReason },
      );
      await m.insert(ProjectStatusChange, {
        projectId: id,
        fromStatus: from,
        toStatus: input.status,
        reason: input.reason ?? null,
        changedBy: actor.id,
      });
      await this.outbox.record(
        m,
        projectEvent(
          ProgrammeEvents.ProjectStatusChanged,
          project.version,
          payloadOf(project, partners),
        ),
      );
      await this.audit.record(m, {
        actor,
        action: AuditActions.ProjectStatusChanged,
        target: { type: AuditTargets.Project, id },
        details: { from, to: input.status, reason: input.reason ?? null },
      });
    });
    return this.get(actor, id);
  }

  /**
   * One side reports a period's figures. A new report of the same period replaces the figures
   * and asks again for the other side's confirmation.
   */
  async reportOutcome(actor: AuthUser, id: string, input: ReportOutcomeDto): Promise<OutcomeView> {
    return this.dataSource.transaction(async (m) => {
      const { project, sides, partners } = await this.actOn(m, actor, id, { partnerOnly: true });
      const problems = outcomeProblems(project.kind, input.figures);
      if (problems.length > 0) throw invalid(problems);
      const figures = input.figures as Record<string, number>;
      const side = sides[0];
      const existing = await m.findOne(ProjectOutcome, {
        where: { projectId: id, period: input.period },
        lock: { mode: 'pessimistic_write' },
      });
      const now = new Date();
      const outcome = await m.save(
        Object.assign(
          existing ?? m.create(ProjectOutcome, { projectId: id, period: input.period, version: 0 }),
          {
            figures,
            status: OutcomeStatus.Reported,
            reportedBySide: side,
            reportedBy: actor.id,
            reportedAt: now,
            confirmedBySide: null,
            confirmedBy: null,
            confirmedAt: null,
            version: (existing?.version ?? 0) + 1,
          },
        ),
      );
      await this.outbox.record(
        m,
        outcomeEvent(ProgrammeEvents.OutcomeReported, outcome.version, {
          projectId: id,
          projectTitle: project.title,
          outcomeId: outcome.id,
          period: outcome.period,
          status: outcome.status,
          side,
          awaiting: otherSides(partners, side),
        }),
      );
      await this.audit.record(m, {
        actor,
        action: AuditActions.ProjectOutcomeReported,
        target: { type: AuditTargets.ProjectOutcome, id: outcome.id },
        details: { projectId: id, period: outcome.period, side, replaced: !!existing },
      });
      return outcomeView(outcome);
    });
  }

  /** Another side than the one that reported confirms the figures as they are. */
  async confirmOutcome(actor: AuthUser, id: string, outcomeId: string): Promise<OutcomeView> {
    return this.dataSource.transaction(async (m) => {
      const { project, sides } = await this.actOn(m, actor, id, { partnerOnly: true });
      const outcome = await m.findOne(ProjectOutcome, {
        where: { id: outcomeId, projectId: id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!outcome) throw DomainError.notFound('Outcome');
      if (outcome.status === OutcomeStatus.Confirmed) {
        throw DomainError.conflict('OUTCOME_ALREADY_CONFIRMED', 'These figures are confirmed');
      }
      const side = sides.find((s) => s !== outcome.reportedBySide);
      if (!side) {
        throw DomainError.forbidden(
          'The other side confirms what one side reported',
          'OTHER_SIDE_MUST_CONFIRM',
        );
      }
      Object.assign(outcome, {
        status: OutcomeStatus.Confirmed,
        confirmedBySide: side,
        confirmedBy: actor.id,
        confirmedAt: new Date(),
        version: outcome.version + 1,
      });
      await m.save(outcome);
      await this.outbox.record(
        m,
        outcomeEvent(ProgrammeEvents.OutcomeConfirmed, outcome.version, {
          projectId: id,
          projectTitle: project.title,
          outcomeId,
          period: outcome.period,
          status: outcome.status,
          side,
          awaiting: { organizationIds: [], expertIds: [] },
        }),
      );
      await this.audit.record(m, {
        actor,
        action: AuditActions.ProjectOutcomeConfirmed,
        target: { type: AuditTargets.ProjectOutcome, id: outcomeId },
        details: { projectId: id, period: outcome.period, side },
      });
      return outcomeView(outcome);
    });
  }

  async addMilestone(
    actor: AuthUser,
    id: string,
    input: CreateMilestoneDto,
  ): Promise<MilestoneView> {
    return this.dataSource.transaction(async (m) => {
      const { partners } = await this.actOn(m, actor, id);
      if (!(await this.belongsToPartners(input.ownerUserId, partners, m))) {
        throw DomainError.invalidField(
          'ownerUserId',
          'NOT_A_PARTNER',
          'The owner must be a member of a partner organisation or a partner expert',
        );
      }
      const milestone = await m.save(
        m.create(ProjectMilestone, {
          projectId: id,
          title: input.title,
          ownerUserId: input.ownerUserId,
          dueDate: input.dueDate,
        }),
      );
      return milestoneView(milestone, this.today());
    });
  }

  async completeMilestone(
    actor: AuthUser,
    id: string,
    milestoneId: string,
  ): Promise<MilestoneView> {
    return this.dataSource.transaction(async (m) => {
      await this.actOn(m, actor, id);
      const milestone = await m.findOneBy(ProjectMilestone, { id: milestoneId, projectId: id });
      if (!milestone) throw DomainError.notFound('Milestone');
      if (milestone.completedAt) {
        throw DomainError.conflict('MILESTONE_COMPLETED', 'The milestone is already complete');
      }
      milestone.completedAt = new Date();
      milestone.completedBy = actor.id;
      await m.save(milestone);
      return milestoneView(milestone, this.today());
    });
  }

  // ——— helpers ———

  private async callerOf(actor: AuthUser, m?: EntityManager): Promise<Caller> {
    const [membership, expert] = await Promise.all([
      this.organizations.membershipOf(actor.id, m),
      this.experts.byUserId(actor.id, m),
    ]);
    return { membership, expertId: expert?.id ?? null };
  }

  private async load(m: EntityManager, id: string, lock = false): Promise<Loaded | null> {
    const project = await m.findOne(Project, {
      where: { id },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (!project) return null;
    const partners = await m.find(ProjectPartner, { where: { projectId: id } });
    return { project, partners };
  }

  private async accessOf(
    actor: AuthUser | undefined,
    partners: readonly PartnerRef[],
  ): Promise<'public' | 'partner' | 'admin'> {
    if (!actor) return 'public';
    if (isAdmin(actor)) return 'admin';
    return sidesOf(await this.callerOf(actor), partners).length > 0 ? 'partner' : 'public';
  }

  /**
   * Locks the project for a change by the caller. Outsiders: 404 (they may see that it exists,
   * but nothing about its private parts); members without the manager role: 403. Admins act
   * unless `partnerOnly` (outcomes belong to the sides).
   */
  private async actOn(
    m: EntityManager,
    actor: AuthUser,
    id: string,
    options: { partnerOnly?: boolean } = {},
  ): Promise<Loaded & { sides: string[] }> {
    const loaded = await this.load(m, id, true);
    if (!loaded) throw DomainError.notFound('Project');
    const caller = await this.callerOf(actor, m);
    const sides = actingSidesOf(caller, loaded.partners);
    if (sides.length > 0) return { ...loaded, sides };
    if (isAdmin(actor) && !options.partnerOnly) return { ...loaded, sides };
    if (sidesOf(caller, loaded.partners).length > 0) {
      assertOrganizationRole(caller.membership, OrganizationRole.Manager);
    }
    if (isAdmin(actor)) {
      throw DomainError.forbidden('Outcomes are reported by the partners', 'NOT_A_PARTNER');
    }
    throw DomainError.notFound('Project');
  }

  private async partnersOf(
    organizationIds: string[],
    expertIds: string[],
  ): Promise<Omit<ProjectPartner, 'id' | 'projectId'>[]> {
    const [orgs, experts] = await Promise.all([
      this.organizations.byIds(organizationIds),
      this.experts.byIds(expertIds),
    ]);
    const missingOrg = organizationIds.find((id) => !orgs.has(id));
    if (missingOrg) {
      throw DomainError.invalidField(
        'partners.organizationIds',
        'UNKNOWN_ORGANIZATION',
        `No organisation ${missingOrg}`,
      );
    }
    const missingExpert = expertIds.find((id) => !experts.has(id));
    if (missingExpert) {
      throw DomainError.invalidField(
        'partners.expertIds',
        'UNKNOWN_EXPERT',
        `No expert ${missingExpert}`,
      );
    }
    return [
      ...organizationIds.map((id) => ({
        type:
          orgs.get(id)?.kind === OrganizationKind.College
            ? PartnerType.College
            : PartnerType.Enterprise,
        organizationId: id,
        expertId: null,
      })),
      ...expertIds.map((id) => ({ type: PartnerType.Expert, organizationId: null, expertId: id })),
    ];
  }

  private async belongsToPartners(
    userId: string,
    partners: readonly PartnerRef[],
    m: EntityManager,
  ): Promise<boolean> {
    const membership = await this.organizations.membershipOf(userId, m);
    const expert = await this.experts.byUserId(userId, m);
    return sidesOf({ membership, expertId: expert?.id ?? null }, partners).length > 0;
  }

  private async publicView(loaded: Loaded): Promise<ProjectPublicView> {
    return (await this.publicViews([loaded]))[0];
  }

  /** Public views of several projects: one query per context for the partners' names. */
  private async publicViews(loaded: readonly Loaded[]): Promise<ProjectPublicView[]> {
    const all = loaded.flatMap((l) => l.partners);
    const orgIds = unique(all.flatMap((p) => (p.organizationId ? [p.organizationId] : [])));
    const expertIds = unique(all.flatMap((p) => (p.expertId ? [p.expertId] : [])));
    const [orgs, experts] = await Promise.all([
      this.organizations.byIds(orgIds),
      this.experts.byIds(expertIds),
    ]);
    return loaded.map(({ project, partners }) => {
      const partnerViews: PartnerView[] = partners.map((p) => ({
        type: p.type,
        id: (p.organizationId ?? p.expertId) as string,
        name: p.organizationId
          ? (orgs.get(p.organizationId)?.name ?? '')
          : (experts.get(p.expertId as string)?.name ?? ''),
      }));
      return {
        id: project.id,
        kind: project.kind,
        title: project.title,
        status: project.status,
        startDate: project.startDate,
        endDate: project.endDate,
        partners: partnerViews,
        version: project.version,
        createdAt: project.createdAt.toISOString(),
        access: 'public',
      };
    });
  }

  /**
   * The caller's projects (their organisation's or their expert profile's), newest first; admins
   * see every project. Public parts only (open one for the rest).
   */
  async list(
    actor: AuthUser | undefined,
    query: ListProjectsQuery,
  ): Promise<Page<ProjectPublicView>> {
    const m = this.dataSource.manager;
    const qb = m.createQueryBuilder(Project, 'p').orderBy('p.createdAt', 'DESC').addOrderBy('p.id');
    const profile = query.organizationId !== undefined || query.expertId !== undefined;
    if (profile) {
      // A partner's profile lists its projects' public parts to anyone.
      qb.where(
        `EXISTS (SELECT 1 FROM project_partners pp WHERE pp.project_id = p.id
                 AND (pp.organization_id = :orgId OR pp.expert_id = :expertId))`,
        { orgId: query.organizationId ?? null, expertId: query.expertId ?? null },
      );
    } else if (!actor) {
      return pageOf([], 0, query);
    } else if (!isAdmin(actor)) {
      const caller = await this.callerOf(actor);
      const orgId = caller.membership?.organizationId ?? null;
      if (!orgId && !caller.expertId) return pageOf([], 0, query);
      qb.where(
        `EXISTS (SELECT 1 FROM project_partners pp WHERE pp.project_id = p.id
                 AND (pp.organization_id = :orgId OR pp.expert_id = :expertId))`,
        { orgId, expertId: caller.expertId },
      );
    }
    if (query.kind) qb.andWhere('p.kind = :kind', { kind: query.kind });
    if (query.status) qb.andWhere('p.status = :status', { status: query.status });
    const [projects, total] = await qb.skip(query.offset).take(query.pageSize).getManyAndCount();
    const partners = projects.length
      ? await m.find(ProjectPartner, { where: { projectId: In(projects.map((p) => p.id)) } })
      : [];
    const views = await this.publicViews(
      projects.map((project) => ({
        project,
        partners: partners.filter((pp) => pp.projectId === project.id),
      })),
    );
    const access = isAdmin(actor)
      ? ('admin' as const)
      : profile
        ? ('public' as const)
        : ('partner' as const);
    return pageOf(
      views.map((v) => ({ ...v, access })),
      total,
      query,
    );
  }
}

function unique(ids: readonly string[]): string[] {
  return [...new Set(ids)];
}

function invalid(fieldErrors: FieldError[]): DomainError {
  return new DomainError(
    'invalid',
    'VALIDATION_FAILED',
    fieldErrors.map((e) => e.message).join('; '),
    fieldErrors,
  );
}

/** The kind's details DTO validates `details` (unknown fields refused), errors under `details.`. */
async function validDetails(
  kind: ProjectKind,
  details: Record<string, unknown>,
): Promise<Record<string, unknown>> {
  const instance = plainToInstance(DETAILS_DTO[kind], details);
  const errors = await validate(instance, {
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
  });
  const problems = flattenValidationErrors(errors, 'details');
  if (kind === ProjectKind.TeacherPractice) {
    const from = details.from;
    const to = details.to;
    if (typeof from === 'string' && typeof to === 'string' && problems.length === 0 && to < from) {
      problems.push({
        field: 'details.to',
        code: 'DATES_OUT_OF_ORDER',
        message: 'to is before from',
      });
    }
  }
  if (problems.length > 0) throw invalid(problems);
  return { ...details };
}

function assertDatesInOrder(start: string | undefined, end: string | undefined, field: string) {
  if (start && end && end < start) {
    throw DomainError.invalidField(field, 'DATES_OUT_OF_ORDER', `${field} is before the start`);
  }
}

/** The partners a kind needs (an order class: an enterprise and a college, …). */
function assertPartnersFit(kind: ProjectKind, partners: readonly PartnerRef[]): void {
  const count = (t: PartnerType) => partners.filter((p) => p.type === t).length;
  const enterprises = count(PartnerType.Enterprise);
  const colleges = count(PartnerType.College);
  const experts = count(PartnerType.Expert);
  const fits: Record<ProjectKind, [boolean, string]> = {
    [ProjectKind.OrderClass]: [
      enterprises >= 1 && colleges >= 1,
      'an order class needs an enterprise and a college',
    ],
    [ProjectKind.IndustryCollege]: [
      colleges === 1 && enterprises >= 1,
      'an industry college has one college and one or more enterprises',
    ],
    [ProjectKind.RndProject]: [
      enterprises >= 1 && colleges + experts >= 1,
      'an R&D project needs an enterprise and a college or an expert',
    ],
    [ProjectKind.TeacherPractice]: [
      enterprises >= 1 && colleges >= 1,
      'teacher practice needs an enterprise and a college',
    ],
    [ProjectKind.PartTimeTeaching]: [
      colleges >= 1 && enterprises + experts >= 1,
      'part-time teaching needs a college and an enterprise or an expert',
    ],
    [ProjectKind.Competition]: [partners.length >= 1, 'a competition needs a partner'],
    [ProjectKind.Incubation]: [partners.length >= 1, 'an incubation needs a partner'],
  };
  const [ok, message] = fits[kind];
  if (!ok) throw DomainError.invalidField('partners', 'PARTNERS_DO_NOT_FIT', message);
}

function payloadOf(project: Project, partners: readonly PartnerRef[]) {
  return {
    projectId: project.id,
    kind: project.kind,
    title: project.title,
    status: project.status,
    organizationIds: partners.flatMap((p) => (p.organizationId ? [p.organizationId] : [])),
    expertIds: partners.flatMap((p) => (p.expertId ? [p.expertId] : [])),
    connectionId: project.connectionId,
  };
}

export function outcomeView(o: ProjectOutcome): OutcomeView {
  return {
    id: o.id,
    period: o.period,
    figures: o.figures,
    status: o.status,
    reportedBySide: o.reportedBySide,
    reportedBy: o.reportedBy,
    reportedAt: o.reportedAt.toISOString(),
    confirmedBySide: o.confirmedBySide,
    confirmedBy: o.confirmedBy,
    confirmedAt: o.confirmedAt?.toISOString() ?? null,
  };
}

function milestoneView(ms: ProjectMilestone, today: string): MilestoneView {
  return {
    id: ms.id,
    title: ms.title,
    ownerUserId: ms.ownerUserId,
    dueDate: ms.dueDate,
    completedAt: ms.completedAt?.toISOString() ?? null,
    completedBy: ms.completedBy,
    overdue: isOverdue(ms, today),
  };
}
