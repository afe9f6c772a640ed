import type { Label } from '../tables/stats-table';

export const SUGGESTIONS = ['open', 'grow', 'hold', 'shrink'] as const;
export type Suggestion = (typeof SUGGESTIONS)[number];

/** One major's balance in a period, as the suggestion rule reads it. */
export interface MajorBalance {
  /** Colleges teaching it in the period's last year. */
  colleges: number;
  /** Talent headcount naming it, per year. */
  headcount: number;
  /** Published demands naming it or in a division it serves. */
  postings: number;
  /** Those naming it (by code, name or skill), not only its industry. */
  named: number;
  /** Yearly headcount per yearly intake; null without an intake. */
  ratio: number | null;
  /** Change of postings against the previous equal period, in %; null when it had none. */
  trend: number | null;
  /** Years since a college last opened it (null: unknown). */
  yearsSinceOpened: number | null;
}

/** The thresholds of the rule, documented in the section's note. */
export const SUGGESTION_THRESHOLDS = {
  /** No college teaches it: open when a headcount asks for it or this many postings name it. */
  openPostings: 2,
  /** Grow at this ratio, or at `risingRatio` when postings rose by `risingTrend` %. */
  growRatio: 0.8,
  risingRatio: 0.4,
  risingTrend: 25,
  /** Shrink below this ratio when nothing asks for it or postings fell by `fallingTrend` %. */
  shrinkRatio: 0.2,
  fallingTrend: -25,
  /** A major opened fewer years ago than a programme lasts is too young to shrink. */
  youngYears: 3,
} as const;

export const SUGGESTION_LABELS: Record<Suggestion, Label> = {
  open: { 'zh-CN': '新开', en: 'Open' },
  grow: { 'zh-CN': '扩招', en: 'Grow' },
  hold: { 'zh-CN': '保持', en: 'Hold' },
  shrink: { 'zh-CN': '缩减', en: 'Shrink' },
};

/** What to do with a major: open, grow, hold or shrink (thresholds above). */
export function suggest(b: MajorBalance): Suggestion {
  const t = SUGGESTION_THRESHOLDS;
  if (b.colleges === 0) {
    return b.headcount > 0 || b.named >= t.openPostings ? 'open' : 'hold';
  }
  if (b.ratio === null) return 'hold';
  const rising = b.trend !== null && b.trend >= t.risingTrend;
  if (b.ratio >= t.growRatio || (b.ratio >= t.risingRatio && rising)) return 'grow';
  const falling = b.postings === 0 || (b.trend !== null && b.trend <= t.fallingTrend);
  const young = b.yearsSinceOpened !== null && b.yearsSinceOpened < t.youngYears;
  return b.ratio < t.shrinkRatio && falling && !young ? 'shrink' : 'hold';
}
