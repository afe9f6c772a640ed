import {
  ACTIVITY_FULL_DAYS,
  ACTIVITY_ZERO_DAYS,
  HEALTH_WEIGHTS as W,
  STALLED_AFTER_DAYS,
} from './health-score';

/**
 * The health of every enterprise–college pair that shares a project, in one statement (the
 * formula of `health-score.ts`). Parameters: $1 now (timestamptz), $2 today (date in the city's
 * time zone), $3 the time zone. `scope` is a condition on `pp.enterprise_id` / `pp.college_id`
 * (already escaped, TypeORM named parameters expanded by the caller); it filters pairs before any
 * figure is read.
 *
 * Per project: milestones (due so far, met on time, overdue), the confirmed outcomes' figures,
 * the latest activity (project row, status change, outcome reported or confirmed, milestone
 * added or completed). Per pair: sums, then the ratios, the score and the stalled flag.
 */
export function partnershipHealthSql(scope: string): string {
  return `
WITH pair_projects AS (
  SELECT DISTINCT e.organization_id AS enterprise_id, c.organization_id AS college_id, e.project_id
  FROM project_partners e
  JOIN project_partners c ON c.project_id = e.project_id AND c.type = 'college'
  WHERE e.type = 'enterprise'
), pp AS (
  SELECT * FROM pair_projects pp WHERE ${scope}
), per_project AS (
  SELECT pp.enterprise_id, pp.college_id, p.id, p.kind, p.status,
    CASE WHEN p.kind = 'order_class' AND f.confirmed > 0 THEN (p.details->>'cohortSize')::bigint
         WHEN p.kind = 'industry_college' THEN f.graduates END AS places,
    CASE WHEN p.kind = 'order_class' AND f.confirmed > 0 THEN f.hired
         WHEN p.kind = 'industry_college' THEN f.in_chain END AS hired,
    CASE WHEN p.kind = 'rnd_project' AND f.confirmed > 0 THEN (p.details->>'budget')::bigint END AS committed,
    CASE WHEN p.kind = 'rnd_project' AND f.confirmed > 0 THEN f.returned END AS returned,
    ms.due, ms.met, ms.overdue,
    GREATEST(p.created_at, p.updated_at, sc.at, oa.at, ms.at) AS last_at
  FROM pp
  JOIN projects p ON p.id = pp.project_id
  LEFT JOIN LATERAL (
    SELECT count(*) AS confirmed,
      sum((o.figures->>'hiredByEnterprise')::bigint) AS hired,
      sum((o.figures->>'graduates')::bigint) AS graduates,
      sum((o.figures->>'employedInChain')::bigint) AS in_chain,
      sum(COALESCE((o.figures->>'costSaving')::bigint, 0) + COALESCE((o.figures->>'revenue')::bigint, 0)) AS returned
    FROM project_outcomes o WHERE o.project_id = p.id AND o.status = 'confirmed'
  ) f ON true
  LEFT JOIN LATERAL (
    SELECT max(GREATEST(o.reported_at, o.confirmed_at)) AS at FROM project_outcomes o WHERE o.project_id = p.id
  ) oa ON true
  LEFT JOIN LATERAL (
    SELECT max(s.changed_at) AS at FROM project_status_changes s WHERE s.project_id = p.id
  ) sc ON true
  LEFT JOIN LATERAL (
    SELECT
      count(*) FILTER (WHERE m.due_date < $2::date OR m.completed_at IS NOT NULL) AS due,
      count(*) FILTER (WHERE m.completed_at IS NOT NULL
                         AND (m.completed_at AT TIME ZONE $3)::date <= m.due_date) AS met,
      count(*) FILTER (WHERE m.completed_at IS NULL AND m.due_date < $2::date
                         AND p.status IN ('planned', 'running')) AS overdue,
      max(GREATEST(m.created_at, m.completed_at)) AS at
    FROM project_milestones m WHERE m.project_id = p.id
  ) ms ON true
), pairs AS (
  SELECT enterprise_id, college_id,
    count(*)::int AS projects,
    (count(*) FILTER (WHERE status = 'running'))::int AS running_projects,
    COALESCE(sum(due), 0)::int AS milestones_due,
    COALESCE(sum(met), 0)::int AS milestones_met,
    COALESCE(sum(overdue), 0)::int AS overdue_milestones,
    COALESCE(sum(hired), 0)::bigint AS graduates_hired,
    COALESCE(sum(places), 0)::bigint AS places_promised,
    COALESCE(sum(returned) FILTER (WHERE committed > 0), 0)::bigint AS funds_returned,
    COALESCE(sum(committed) FILTER (WHERE committed > 0), 0)::bigint AS funds_committed,
    max(last_at) AS last_activity_at
  FROM per_project GROUP BY enterprise_id, college_id
), ratios AS (
  SELECT *,
    GREATEST(0, floor(extract(epoch FROM ($1::timestamptz - last_activity_at)) / 86400))::int AS days_since_activity,
    CASE WHEN milestones_due > 0 THEN milestones_met::float8 / milestones_due END AS milestones_ratio,
    CASE WHEN places_promised > 0 THEN LEAST(1, graduates_hired::float8 / places_promised) END AS graduates_ratio,
    CASE WHEN funds_committed > 0 THEN LEAST(1, funds_returned::float8 / funds_committed) END AS funds_ratio
  FROM pairs
), scored AS (
  SELECT *,
    GREATEST(0, LEAST(1, 1 - (days_since_activity - ${ACTIVITY_FULL_DAYS})::float8 / ${ACTIVITY_ZERO_DAYS - ACTIVITY_FULL_DAYS})) AS activity_ratio
  FROM ratios
)
SELECT enterprise_id AS "enterpriseId", college_id AS "collegeId", projects AS "projects",
  running_projects AS "runningProjects", milestones_due AS "milestonesDue",
  milestones_met AS "milestonesMet", overdue_milestones AS "overdueMilestones",
  graduates_hired::float8 AS "graduatesHired", places_promised::float8 AS "placesPromised",
  funds_returned::float8 AS "fundsReturned", funds_committed::float8 AS "fundsCommitted",
  last_activity_at AS "lastActivityAt", days_since_activity AS "daysSinceActivity",
  milestones_ratio AS "milestonesRatio", graduates_ratio AS "graduatesRatio",
  funds_ratio AS "fundsRatio", activity_ratio AS "activityRatio",
  round((100 * (COALESCE(${W.milestones} * milestones_ratio, 0) + COALESCE(${W.graduates} * graduates_ratio, 0)
               + COALESCE(${W.funds} * funds_ratio, 0) + ${W.activity} * activity_ratio)
        / (CASE WHEN milestones_ratio IS NULL THEN 0 ELSE ${W.milestones} END
           + CASE WHEN graduates_ratio IS NULL THEN 0 ELSE ${W.graduates} END
           + CASE WHEN funds_ratio IS NULL THEN 0 ELSE ${W.funds} END + ${W.activity}))::numeric)::int AS "score",
  ((running_projects > 0 AND days_since_activity >= ${STALLED_AFTER_DAYS}) OR overdue_milestones > 0) AS "stalled"
FROM scored`;
}

/** A row of the statement above. */
export interface PartnershipHealthRow {
  enterpriseId: string;
  collegeId: string;
  projects: number;
  runningProjects: number;
  milestonesDue: number;
  milestonesMet: number;
  overdueMilestones: number;
  graduatesHired: number;
  placesPromised: number;
  fundsReturned: number;
  fundsCommitted: number;
  lastActivityAt: Date;
  daysSinceActivity: number;
  milestonesRatio: number | null;
  graduatesRatio: number | null;
  fundsRatio: number | null;
  activityRatio: number;
  score: number;
  stalled: boolean;
}
