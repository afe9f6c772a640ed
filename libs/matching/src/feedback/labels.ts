/**
 * What followed a shown candidate, as a training label: THE one definition, used by
 * `npm run matching:fit` and described in docs/matching.md ("Learning from use").
 *
 * Outcomes are read per (demand, expert or college) pair from `connections`, whichever list the
 * pair was shown in (a demand's matches or the candidate's recommendations):
 *
 * - positive: the pair got connected (an interest or an invitation accepted), or the enterprise
 *   sent the candidate an invitation (whatever became of it, unless it was declined as not a fit);
 * - negative: the pair was declined with reason `not_a_fit` (by either side, and nothing
 *   connected it), or the candidate was shown in the top 5 at least twice, the first time at
 *   least 14 days ago, and the pair has no connection of any kind;
 * - neutral (left out of the fit) otherwise: pending or withdrawn interests, declines for
 *   capacity, timing, budget or other reasons (they say nothing about the fit), candidates shown
 *   only below the top 5, or too recently to call them ignored.
 */
export type FeedbackLabel = 'positive' | 'negative' | 'neutral';

/** Showings in the top 5 after which a candidate without any connection counts as ignored… */
export const IGNORED_MIN_TOP5_SHOWINGS = 2;
/** …once this many days have passed since the first of them. */
export const IGNORED_AFTER_DAYS = 14;

/** The connections of one pair, folded (see training-set.ts for the SQL). */
export interface PairOutcome {
  /** Connections of the pair in any status, withdrawn ones included. */
  connections: number;
  connected: boolean;
  /** Some connection of the pair was declined with reason not_a_fit. */
  declinedNotAFit: boolean;
  /** The enterprise sent the candidate an invitation. */
  invited: boolean;
  top5Count: number;
  firstTop5At: Date | null;
}

const DAY_MS = 86_400_000;

export function labelOf(outcome: PairOutcome, now: Date): FeedbackLabel {
  if (outcome.connected) return 'positive';
  if (outcome.declinedNotAFit) return 'negative';
  if (outcome.invited) return 'positive';
  if (
    outcome.connections === 0 &&
    outcome.top5Count >= IGNORED_MIN_TOP5_SHOWINGS &&
    outcome.firstTop5At !== null &&
    now.getTime() - outcome.firstTop5At.getTime() >= IGNORED_AFTER_DAYS * DAY_MS
  ) {
    return 'negative';
  }
  return 'neutral';
}
