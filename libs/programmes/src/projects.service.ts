import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, In } from 'typeorm';
import { AuditActions, AuditLog, AuditTargets } from '@app/audit';
import { ConnectionReader, ConnectionStatus } from '@app/matching';
import {
  assertOrganizationRole,
  OrganizationDirectory,
  OrganizationRole,
} from '@app/organizations';
import { type AuthUser, DomainError, isAdmin, OutboxService, type Page, pageOf } from '@app/shared';
import type {
  ChangeStatusDto,
  CreateProjectDto,
  CreateProjectFromMatchDto,
  ListProjectsQuery,
  UpdateProjectDto,
} from './dto/project.dto';
import type { ProjectPublicView, ProjectView } from './dto/project.view';
import { ProgrammeEvents, projectEvent } from './programme-events';
import { ProjectStatus } from './programme.types';
import { ProjectAccess } from './project-access';
import { ProjectMilestone } from './project-milestone.entity';
import { ProjectOutcome } from './project-outcome.entity';
import { ProjectPartner } from './project-partner.entity';
import {
  assertDatesInOrder,
  assertPartnersFit,
  payloadOf,
  TRANSITIONS,
  unique,
  validDetails,
} from './project-rules';
import { ProjectStatusChange } from './project-status-change.entity';
import { milestoneView, outcomeView } from './project-views';
import { Project } from './project.entity';

/** Cooperation projects: creation, reading, correction and status (one transaction each). */
@Injectable()
export class ProjectsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly connections: ConnectionReader,
    private readonly outbox: OutboxService,
    private readonly audit: AuditLog,
    private readonly organizations: OrganizationDirectory,
    private readonly access: ProjectAccess,
  ) {}

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
  } /** From a connected match: its two sides are partners; a manager of a side (or its expert). */
  async createFromMatch(
    actor: AuthUser,
    connectionId: string,
    input: CreateProjectFromMatchDto,
  ): Promise<ProjectView> {
    const connection = await this.connections.record(connectionId);
    const caller = await this.access.callerOf(actor);
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
    const partners = await this.access.partnersOf(organizationIds, expertIds);
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
  } /** Anyone signed in sees the public parts; partners and admins see everything. */
  async get(actor: AuthUser | undefined, id: string): Promise<ProjectView> {
    const loaded = await this.access.load(this.dataSource.manager, id);
    if (!loaded) throw DomainError.notFound('Project');
    const access = await this.access.accessOf(actor, loaded.partners);
    const view: ProjectView = { ...(await this.access.publicView(loaded)), access };
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
      milestones: milestones.map((ms) => milestoneView(ms, this.access.today())),
    };
  } /**
   * A partner's manager (or an admin) corrects the title, description, dates or details; kind
   * and partners stay. Completed and stopped projects are records: they do not change.
   */
  async update(actor: AuthUser, id: string, input: UpdateProjectDto): Promise<ProjectView> {
    await this.dataSource.transaction(async (m) => {
      const { project, partners } = await this.access.actOn(m, actor, id);
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
      const { project, partners } = await this.access.actOn(m, actor, id);
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
  } /**
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
      const caller = await this.access.callerOf(actor);
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
    const views = await this.access.publicViews(
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
