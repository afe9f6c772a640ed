import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import {
  assertOrganizationRole,
  OrganizationDirectory,
  OrganizationRole,
} from '@app/organizations';
import {
  APP_CONFIG,
  type AppConfig,
  type AuthUser,
  DomainError,
  isOperator,
  oversightOf,
  type Page,
  type PageQuery,
  pageOf,
  requireOversight,
} from '@app/shared';
import { localDate } from '../overdue-milestones';
import { HEALTH_WEIGHTS } from './health-score';
import { partnershipHealthSql, type PartnershipHealthRow } from './partnership-health.sql';

export interface HealthPartView {
  /** 0–1, or null when the pair has no data for it (left out of the score). */
  ratio: number | null;
  weight: number;
  numerator: number;
  denominator: number;
}

export interface PartnershipView {
  enterprise: { id: string; name: string };
  college: { id: string; name: string };
  score: number;
  stalled: boolean;
  projects: number;
  runningProjects: number;
  overdueMilestones: number;
  lastActivityAt: string;
  daysSinceActivity: number;
}

export interface PartnershipDetailView extends PartnershipView {
  parts: {
    milestones: HealthPartView;
    graduates: HealthPartView;
    funds: HealthPartView;
    activity: { ratio: number; weight: number; daysSinceActivity: number };
  };
  sharedProjects: { id: string; kind: string; title: string; status: string }[];
}

interface Scope {
  sql: string;
  params: Record<string, unknown>;
}

/** Partnership health per enterprise–college pair (issue 12), computed in PostgreSQL. */
@Injectable()
export class PartnershipsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly organizations: OrganizationDirectory,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * The pairs the caller may see: the platform admin all, a district operator those with a
   * partner in its districts, a manager of a partner organisation its own. Lowest score first.
   */
  async list(actor: AuthUser, query: PageQuery, now = new Date()): Promise<Page<PartnershipView>> {
    const scope = await this.scopeOf(actor);
    if (!scope) return pageOf([], 0, query);
    const rows = await this.query(scope, now, query);
    const total = rows[0]?.total ?? 0;
    const views = await this.views(rows);
    return pageOf(views, total, query);
  }

  /** One pair with the parts of its score; 404 if the caller may not see it (or it is no pair). */
  async get(
    actor: AuthUser,
    enterpriseId: string,
    collegeId: string,
    now = new Date(),
  ): Promise<PartnershipDetailView> {
    const scope = await this.scopeOf(actor);
    if (!scope) throw DomainError.notFound('Partnership');
    const pair: Scope = {
      sql: `(${scope.sql}) AND pp.enterprise_id = :pairEnterprise AND pp.college_id = :pairCollege`,
      params: { ...scope.params, pairEnterprise: enterpriseId, pairCollege: collegeId },
    };
    const [row] = await this.query(pair, now, { page: 1, pageSize: 1, offset: 0 });
    if (!row) throw DomainError.notFound('Partnership');
    const [view] = await this.views([row]);
    const projects = (await this.dataSource.query(
      `SELECT p.id, p.kind, p.title, p.status FROM projects p
       WHERE EXISTS (SELECT 1 FROM project_partners e WHERE e.project_id = p.id AND e.organization_id = $1)
         AND EXISTS (SELECT 1 FROM project_partners c WHERE c.project_id = p.id AND c.organization_id = $2)
       ORDER BY p.created_at, p.id`,
      [enterpriseId, collegeId],
    )) as PartnershipDetailView['sharedProjects'];
    const part = (
      ratio: number | null,
      weight: number,
      numerator: number,
      denominator: number,
    ) => ({
      ratio,
      weight,
      numerator,
      denominator,
    });
    return {
      ...view,
      parts: {
        milestones: part(
          row.milestonesRatio,
          HEALTH_WEIGHTS.milestones,
          row.milestonesMet,
          row.milestonesDue,
        ),
        graduates: part(
          row.graduatesRatio,
          HEALTH_WEIGHTS.graduates,
          row.graduatesHired,
          row.placesPromised,
        ),
        funds: part(row.fundsRatio, HEALTH_WEIGHTS.funds, row.fundsReturned, row.fundsCommitted),
        activity: {
          ratio: row.activityRatio,
          weight: HEALTH_WEIGHTS.activity,
          daysSinceActivity: row.daysSinceActivity,
        },
      },
      sharedProjects: projects,
    };
  }

  /** The raw rows, for the stalled check's tests and the detail (one statement). */
  private async query(
    scope: Scope,
    now: Date,
    page: PageQuery,
  ): Promise<(PartnershipHealthRow & { total: number })[]> {
    const tz = this.config.NOTIFY_TIMEZONE;
    // Named parameters of the scope are expanded by the driver; the health statement's own
    // positional ones ($1–$3) come first.
    const [scopeSql, scopeParams] = this.dataSource.driver.escapeQueryWithParameters(
      scope.sql,
      scope.params,
    );
    const shifted = scopeSql.replace(/\$(\d+)/g, (_, n: string) => `$${Number(n) + 5}`);
    return (await this.dataSource.query(
      `SELECT h.*, count(*) OVER ()::int AS total
       FROM (${partnershipHealthSql(shifted)}) h
       ORDER BY h.score, h."enterpriseId", h."collegeId"
       LIMIT $4 OFFSET $5`,
      [now, localDate(now, tz), tz, page.pageSize, page.offset, ...scopeParams],
    )) as (PartnershipHealthRow & { total: number })[];
  }

  private async scopeOf(actor: AuthUser): Promise<Scope | null> {
    const oversight = oversightOf(actor);
    if (oversight.kind === 'city') return { sql: 'true', params: {} };
    if (isOperator(actor)) {
      const granted = requireOversight(actor);
      const districts = granted.kind === 'districts' ? granted.districts : [];
      return {
        sql: `(${this.organizations.inDistrictsCondition('pp.enterprise_id', 'districts')} OR ${this.organizations.inDistrictsCondition('pp.college_id', 'districts')})`,
        params: { districts: [...districts] },
      };
    }
    const membership = await this.organizations.membershipOf(actor.id);
    if (!membership) return null;
    assertOrganizationRole(membership, OrganizationRole.Manager);
    return {
      sql: '(pp.enterprise_id = :own OR pp.college_id = :own)',
      params: { own: membership.organizationId },
    };
  }

  private async views(rows: readonly PartnershipHealthRow[]): Promise<PartnershipView[]> {
    const names = await this.organizations.byIds([
      ...new Set(rows.flatMap((r) => [r.enterpriseId, r.collegeId])),
    ]);
    return rows.map((r) => ({
      enterprise: { id: r.enterpriseId, name: names.get(r.enterpriseId)?.name ?? '' },
      college: { id: r.collegeId, name: names.get(r.collegeId)?.name ?? '' },
      score: r.score,
      stalled: r.stalled,
      projects: r.projects,
      runningProjects: r.runningProjects,
      overdueMilestones: r.overdueMilestones,
      lastActivityAt: new Date(r.lastActivityAt).toISOString(),
      daysSinceActivity: r.daysSinceActivity,
    }));
  }
}
