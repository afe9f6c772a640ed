import { describe, expect, it } from '@jest/globals';
import {
  activityRatio,
  healthParts,
  healthScore,
  type HealthInputs,
  isStalled,
} from './health-score';

const base: HealthInputs = {
  milestonesDue: 0,
  milestonesMet: 0,
  graduatesHired: 0,
  placesPromised: 0,
  fundsReturned: 0,
  fundsCommitted: 0,
  daysSinceActivity: 0,
  overdueMilestones: 0,
  runningProjects: 0,
};

describe('partnership health score', () => {
  it('activity is full for 30 days, then fades to 0 at 180', () => {
    expect(activityRatio(0)).toBe(1);
    expect(activityRatio(30)).toBe(1);
    expect(activityRatio(105)).toBe(0.5);
    expect(activityRatio(180)).toBe(0);
    expect(activityRatio(400)).toBe(0);
  });

  it('leaves out parts without data, with their weights', () => {
    // Only activity: 100 when active today.
    expect(healthScore(healthParts(base))).toBe(100);
    // Milestones 1/2, activity 1: (0.3·0.5 + 0.2·1) / 0.5 = 0.7.
    const parts = healthParts({ ...base, milestonesDue: 2, milestonesMet: 1 });
    expect(parts).toEqual({ milestones: 0.5, graduates: null, funds: null, activity: 1 });
    expect(healthScore(parts)).toBe(70);
  });

  it('mixes all four parts by weight, capping ratios at 1', () => {
    const parts = healthParts({
      ...base,
      milestonesDue: 4,
      milestonesMet: 3, // 0.75
      graduatesHired: 36,
      placesPromised: 40, // 0.9
      fundsReturned: 3_000_000,
      fundsCommitted: 500_000, // capped: 1
      daysSinceActivity: 105, // 0.5
    });
    expect(parts).toEqual({ milestones: 0.75, graduates: 0.9, funds: 1, activity: 0.5 });
    // 0.3·0.75 + 0.3·0.9 + 0.2·1 + 0.2·0.5 = 0.225 + 0.27 + 0.2 + 0.1 = 0.795 → 80 (79.5 rounds up)
    expect(healthScore(parts)).toBe(80);
  });

  it('is stalled with running projects idle 90 days, or with an overdue milestone', () => {
    expect(isStalled({ runningProjects: 1, daysSinceActivity: 89, overdueMilestones: 0 })).toBe(
      false,
    );
    expect(isStalled({ runningProjects: 1, daysSinceActivity: 90, overdueMilestones: 0 })).toBe(
      true,
    );
    expect(isStalled({ runningProjects: 0, daysSinceActivity: 400, overdueMilestones: 0 })).toBe(
      false,
    );
    expect(isStalled({ runningProjects: 0, daysSinceActivity: 0, overdueMilestones: 1 })).toBe(
      true,
    );
  });
});
