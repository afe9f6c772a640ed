/**
 * How much each feature counts in a match score. One place, explained in docs/matching.md: the
 * score is the weighted mean of these features (each in [0, 1]), multiplied by the
 * availability factor below, so it stays in [0, 1].
 */
export const MATCH_WEIGHTS = {
  /** Meilisearch's relevance of the candidate to the demand's words. */
  text: 0.5,
  /** Same place in the GB/T 4754 tree: class > group > division > section. */
  industry: 0.15,
  /** Does the candidate offer the kind of help the demand needs? */
  service: 0.1,
  /** Same district: a small bonus; the city is small enough to work across districts. */
  district: 0.05,
  /** Shown willingness on the platform: published offers (connections later). */
  trackRecord: 0.05,
} as const;

/**
 * Availability multiplies rather than adds: an expert who cannot take the work on is a poor
 * match however well the words fit. Score × (FLOOR + (1 − FLOOR) × availability).
 */
export const AVAILABILITY_FLOOR = 0.4;

export type MatchFeature = keyof typeof MATCH_WEIGHTS | 'availability';

/** Candidates fetched from Meilisearch per query before re-ranking. */
export const CANDIDATE_POOL = 60;
