import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { OrganizationDirectory, OrganizationKind } from '@app/organizations';
import { type AuthUser, DomainError, isAdmin, isOperator, overseesDistrict } from '@app/shared';

/** What the contribution record counts (evidence for 产教融合型企业 certification). */
export const CONTRIBUTION_ITEMS = [
  'internships_hosted',
  'order_class_hired',
  'teachers_hosted',
  'teacher_practice_days',
  'part_time_teachers_lent',
  'part_time_hours_taught',
  'rnd_funds',
  'rnd_value_returned',
  'competitions_sponsored',
  'competition_participants',
] as const;
export type ContributionItem = (typeof CONTRIBUTION_ITEMS)[number];

export const CONTRIBUTION_LABELS: Record<
  ContributionItem,
  { 'zh-CN': string; en: string; unit: string }
> = {
  internships_hosted: { 'zh-CN': '接收学生实习', en: 'Internships hosted', unit: '人次' },
  order_class_hired: { 'zh-CN': '订单班毕业生录用', en: 'Order-class graduates hired', unit: '人' },
  teachers_hosted: {
    'zh-CN': '接收教师企业实践',
    en: 'Teachers hosted for practice',
    unit: '人次',
  },
  teacher_practice_days: { 'zh-CN': '教师企业实践天数', en: 'Teacher practice days', unit: '天' },
  part_time_teachers_lent: {
    'zh-CN': '派出企业兼职教师',
    en: 'Part-time teachers lent',
    unit: '人次',
  },
  part_time_hours_taught: {
    'zh-CN': '兼职教师授课学时',
    en: 'Part-time teaching hours',
    unit: '学时',
  },
  rnd_funds: { 'zh-CN': '技术攻关投入经费', en: 'R&D funds committed', unit: '元' },
  rnd_value_returned: {
    'zh-CN': '技术攻关降本增收',
    en: 'R&D cost saving and revenue',
    unit: '元',
  },
  competitions_sponsored: { 'zh-CN': '赞助技能大赛', en: 'Competitions sponsored', unit: '项' },
  competition_participants: { 'zh-CN': '大赛参赛人数', en: 'Competition participants', unit: '人' },
};

export interface ContributionLine {
  item: ContributionItem;
  label: string;
  unit: string;
  /** Figures the other side confirmed (or, for counts of projects, projects with a confirmed outcome). */
  confirmed: number;
  /** Figures reported and not (yet) confirmed; projects without a confirmed outcome. */
  unconfirmed: number;
  projects: number;
}

export interface ContributionRecord {
  enterprise: { id: string; name: string; district: string };
  year: number | null;
  items: ContributionLine[];
}

/**
 * One statement over the enterprise's projects. A project counts for `year` when its dates
 * (start, else creation; end, else open) overlap the year; an outcome when its period is the year,
 * or when its period is no year (`total`) and its project counts. Without a year: everything.
 */
const CONTRIBUTIONS_SQL = `
WITH mine AS (
  SELECT p.id, p.kind, p.details,
    ($2::int IS NULL OR (COALESCE(p.start_date, p.created_at::date) <= make_date($2::int, 12, 31)
       AND COALESCE(p.end_date, 'infinity'::date) >= make_date($2::int, 1, 1))) AS in_year
  FROM projects p
  WHERE EXISTS (SELECT 1 FROM project_partners pp
                WHERE pp.project_id = p.id AND pp.organization_id = $1 AND pp.type = 'enterprise')
), outcomes AS (
  SELECT m.id AS project_id, m.kind, o.status = 'confirmed' AS confirmed, o.figures
  FROM mine m JOIN project_outcomes o ON o.project_id = m.id
  WHERE $2::int IS NULL OR o.period = $3::text OR (o.period !~ '^[0-9]{4}$' AND m.in_year)
), per_project AS (
  SELECT m.id, m.kind, m.details,
    EXISTS (SELECT 1 FROM outcomes x WHERE x.project_id = m.id AND x.confirmed) AS has_confirmed
  FROM mine m
  WHERE m.in_year OR EXISTS (SELECT 1 FROM outcomes x WHERE x.project_id = m.id)
), figure_lines (item, kind, figure) AS (
  VALUES ('internships_hosted', 'order_class', 'internsHosted'),
         ('internships_hosted', 'industry_college', 'internsHosted'),
         ('order_class_hired', 'order_class', 'hiredByEnterprise'),
         ('teacher_practice_days', 'teacher_practice', 'daysConfirmed'),
         ('part_time_hours_taught', 'part_time_teaching', 'hoursTaught'),
         ('rnd_value_returned', 'rnd_project', 'costSaving+revenue'),
         ('competition_participants', 'competition', 'participants')
), project_lines (item, kind) AS (
  VALUES ('teachers_hosted', 'teacher_practice'),
         ('part_time_teachers_lent', 'part_time_teaching'),
         ('rnd_funds', 'rnd_project'),
         ('competitions_sponsored', 'competition')
), values_of AS (
  SELECT l.item, o.project_id, o.confirmed,
    CASE WHEN l.figure = 'costSaving+revenue'
         THEN COALESCE((o.figures->>'costSaving')::bigint, 0) + COALESCE((o.figures->>'revenue')::bigint, 0)
         ELSE COALESCE((o.figures->>l.figure)::bigint, 0) END AS value
  FROM figure_lines l JOIN outcomes o ON o.kind = l.kind
  -- A project counts for an item only with that figure (optional ones may be absent).
  WHERE l.figure = 'costSaving+revenue' OR o.figures ? l.figure
)
SELECT l.item,
  COALESCE(sum(v.value) FILTER (WHERE v.confirmed), 0)::float8 AS confirmed,
  COALESCE(sum(v.value) FILTER (WHERE NOT v.confirmed), 0)::float8 AS unconfirmed,
  count(DISTINCT v.project_id)::int AS projects
FROM (SELECT DISTINCT item FROM figure_lines) l LEFT JOIN values_of v ON v.item = l.item
GROUP BY l.item
UNION ALL
SELECT l.item,
  COALESCE(sum(CASE WHEN l.item = 'rnd_funds' THEN (p.details->>'budget')::bigint ELSE 1 END)
    FILTER (WHERE p.has_confirmed), 0)::float8,
  COALESCE(sum(CASE WHEN l.item = 'rnd_funds' THEN (p.details->>'budget')::bigint ELSE 1 END)
    FILTER (WHERE NOT p.has_confirmed), 0)::float8,
  count(p.id)::int
FROM project_lines l LEFT JOIN per_project p ON p.kind = l.kind
GROUP BY l.item`;

/** The contribution record of an enterprise: confirmed figures apart from unconfirmed ones. */
@Injectable()
export class ContributionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly organizations: OrganizationDirectory,
  ) {}

  /** The enterprise's members, admins and the operators of its district; anyone else: 404. */
  async record(actor: AuthUser, enterpriseId: string, year?: number): Promise<ContributionRecord> {
    const enterprise = await this.organizations.byId(enterpriseId);
    if (!enterprise || enterprise.kind !== OrganizationKind.Enterprise) {
      throw DomainError.notFound('Enterprise');
    }
    if (!(await this.mayRead(actor, enterprise.id, enterprise.district))) {
      throw DomainError.notFound('Enterprise');
    }
    const rows = (await this.dataSource.query(CONTRIBUTIONS_SQL, [
      enterprise.id,
      year ?? null,
      year === undefined ? null : String(year),
    ])) as { item: ContributionItem; confirmed: number; unconfirmed: number; projects: number }[];
    const byItem = new Map(rows.map((r) => [r.item, r]));
    return {
      enterprise: { id: enterprise.id, name: enterprise.name, district: enterprise.district },
      year: year ?? null,
      items: CONTRIBUTION_ITEMS.map((item) => {
        const row = byItem.get(item);
        return {
          item,
          label: CONTRIBUTION_LABELS[item]['zh-CN'],
          unit: CONTRIBUTION_LABELS[item].unit,
          confirmed: row?.confirmed ?? 0,
          unconfirmed: row?.unconfirmed ?? 0,
          projects: row?.projects ?? 0,
        };
      }),
    };
  }

  private async mayRead(actor: AuthUser, enterpriseId: string, district: string): Promise<boolean> {
    if (isAdmin(actor)) return true;
    if (isOperator(actor)) return overseesDistrict(actor, district);
    const membership = await this.organizations.membershipOf(actor.id);
    return membership?.organizationId === enterpriseId;
  }
}
