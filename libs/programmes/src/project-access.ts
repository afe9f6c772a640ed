import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ExpertDirectory } from '@app/experts';
import {
  assertOrganizationRole,
  OrganizationDirectory,
  OrganizationKind,
  OrganizationRole,
} from '@app/organizations';
import { APP_CONFIG, type AppConfig, type AuthUser, DomainError, isAdmin } from '@app/shared';
import type { PartnerView, ProjectPublicView } from './dto/project.view';
import { localDate } from './overdue-milestones';
import { PartnerType } from './programme.types';
import { ProjectPartner } from './project-partner.entity';
import { unique } from './project-rules';
import { type Caller, actingSidesOf, type PartnerRef, sidesOf } from './project-sides';
import { Project } from './project.entity';

/** A project with its partners, as loaded for a read or a change. */
export interface Loaded {
  project: Project;
  partners: ProjectPartner[];
}

/**
 * Who may see and do what on a project, and its public view: shared by the services of
 * projects, outcomes and milestones.
 */
@Injectable()
export class ProjectAccess {
  constructor(
    private readonly organizations: OrganizationDirectory,
    private readonly experts: ExpertDirectory,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}
  /** Today in the city's time zone (what the overdue check counts in). */
  today(): string {
    return localDate(new Date(), this.config.NOTIFY_TIMEZONE);
  }
  async callerOf(actor: AuthUser, m?: EntityManager): Promise<Caller> {
    const [membership, expert] = await Promise.all([
      this.organizations.membershipOf(actor.id, m),
      this.experts.byUserId(actor.id, m),
    ]);
    return { membership, expertId: expert?.id ?? null };
  }
  async load(m: EntityManager, id: string, lock = false): Promise<Loaded | null> {
    const project = await m.findOne(Project, {
      where: { id },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (!project) return null;
    const partners = await m.find(ProjectPartner, { where: { projectId: id } });
    return { project, partners };
  }
  async accessOf(
    actor: AuthUser | undefined,
    partners: readonly PartnerRef[],
  ): Promise<'public' | 'partner' | 'admin'> {
    if (!actor) return 'public';
    if (isAdmin(actor)) return 'admin';
    return sidesOf(await this.callerOf(actor), partners).length > 0 ? 'partner' : 'public';
  } /**
   * Locks the project for a change by the caller. Outsiders: 404 (they may see that it exists,
   * but nothing about its private parts); members without the manager role: 403. Admins act
   * unless `partnerOnly` (outcomes belong to the sides).
   */
  async actOn(
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
  async partnersOf(
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
  async belongsToPartners(
    userId: string,
    partners: readonly PartnerRef[],
    m: EntityManager,
  ): Promise<boolean> {
    const membership = await this.organizations.membershipOf(userId, m);
    const expert = await this.experts.byUserId(userId, m);
    return sidesOf({ membership, expertId: expert?.id ?? null }, partners).length > 0;
  }
  async publicView(loaded: Loaded): Promise<ProjectPublicView> {
    return (await this.publicViews([loaded]))[0];
  } /** Public views of several projects: one query per context for the partners' names. */
  async publicViews(loaded: readonly Loaded[]): Promise<ProjectPublicView[]> {
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
}
