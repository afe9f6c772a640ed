/**
 * Partnership health (issue 12): one enterprise–college pair, over all the projects they share.
 * The score is computed in PostgreSQL (`partnership-health.sql.ts`); this is the same formula in
 * TypeScript, the reference its unit tests pin down (and the e2e compares against the SQL).
 *
 * Four parts, each a ratio in [0, 1]; a part without data is left out (its weight too):
 * - milestones on time: completed by their due date / milestones due so far (due date passed, or
 *   completed early);
 * - graduates: confirmed order-class `hiredByEnterprise` + industry-college `employedInChain`
 *   against the places promised (order-class `cohortSize`, industry-college `graduates`), for
 *   the projects with a confirmed outcome, capped at 1;
 * - funds: confirmed R&D `costSaving` + `revenue` against the `budget` committed, for the R&D
 *   projects with a confirmed outcome and a budget, capped at 1 (the outcome model records value
 *   returned, not money paid: this is "what the committed funds brought back");
 * - activity: 1 up to 30 days since the last activity, falling linearly to 0 at 180 days.
 * score = round(100 × Σ weight·ratio / Σ weight) over the parts present.
 */
export const HEALTH_WEIGHTS = {
  milestones: 0.3,
  graduates: 0.3,
  funds: 0.2,
  activity: 0.2,
} as const;

/** Activity counts fully up to this many days, then fades out linearly … */
export const ACTIVITY_FULL_DAYS = 30;
/** … to nothing at this many days. */
export const ACTIVITY_ZERO_DAYS = 180;
/** A pair with running projects and no activity for this long is stalled. */
export const STALLED_AFTER_DAYS = 90;

export interface HealthInputs {
  milestonesDue: number;
  milestonesMet: number;
  graduatesHired: number;
  placesPromised: number;
  fundsReturned: number;
  fundsCommitted: number;
  daysSinceActivity: number;
  overdueMilestones: number;
  runningProjects: number;
}

export interface HealthParts {
  milestones: number | null;
  graduates: number | null;
  funds: number | null;
  activity: number;
}

function ratio(part: number, whole: number): number | null {
  return whole > 0 ? Math.min(1, part / whole) : null;
}

export function activityRatio(days: number): number {
  const span = ACTIVITY_ZERO_DAYS - ACTIVITY_FULL_DAYS;
  return Math.max(0, Math.min(1, 1 - (days - ACTIVITY_FULL_DAYS) / span));
}

export function healthParts(i: HealthInputs): HealthParts {
  return {
    milestones: ratio(i.milestonesMet, i.milestonesDue),
    graduates: ratio(i.graduatesHired, i.placesPromised),
    funds: ratio(i.fundsReturned, i.fundsCommitted),
    activity: activityRatio(i.daysSinceActivity),
  };
}

/** 0–100, the weighted mean of the parts present. */
export function healthScore(parts: HealthParts): number {
  let sum = 0;
  let weights = 0;
  for (const key of Object.keys(HEALTH_WEIGHTS) as (keyof HealthParts)[]) {
    const value = parts[key];
    if (value === null) continue;
    sum += HEALTH_WEIGHTS[key] * value;
    weights += HEALTH_WEIGHTS[key];
  }
  return Math.round((100 * sum) / weights);
}

/** Running projects and no activity for STALLED_AFTER_DAYS, or an overdue milestone. */
export function isStalled(
  i: Pick<HealthInputs, 'daysSinceActivity' | 'overdueMilestones' | 'runningProjects'>,
): boolean {
  return (
    (i.runningProjects > 0 && i.daysSinceActivity >= STALLED_AFTER_DAYS) || i.overdueMilestones > 0
  );
}
