import { Injectable } from '@nestjs/common';
import defaults from './match-weights.json';

/** Features that add to a match score, each in [0, 1] (see docs/matching.md). */
export const WEIGHTED_FEATURES = [
  'text',
  'industry',
  'service',
  'district',
  'trackRecord',
  'major',
  'capacity',
] as const;
export type WeightedFeature = (typeof WEIGHTED_FEATURES)[number];

/**
 * The weights of the match score, as data: `match-weights.json` is written by
 * `npm run matching:fit` from recorded feedback (or by hand) and read by the matcher.
 */
export interface MatchWeights {
  /** Where the weights came from (hand-tuned, or the fit's data and date). */
  source: string;
  fittedAt: string | null;
  weights: Record<WeightedFeature, number>;
  /** Availability multiplies: score × (floor + (1 − floor) × availability). */
  availabilityFloor: number;
}

/** Throws unless `value` is a well-formed MatchWeights (a bad file must fail at boot). */
export function parseMatchWeights(value: unknown): MatchWeights {
  const v = value as Partial<MatchWeights> | null;
  const problem = (what: string) => new Error(`match weights: ${what}`);
  if (!v || typeof v !== 'object') throw problem('not an object');
  if (typeof v.source !== 'string') throw problem('source must be a string');
  if (v.fittedAt !== null && typeof v.fittedAt !== 'string')
    throw problem('fittedAt must be a string or null');
  const floor = v.availabilityFloor;
  if (typeof floor !== 'number' || floor < 0 || floor > 1)
    throw problem('availabilityFloor must be in [0, 1]');
  const weights = v.weights as Record<string, unknown> | undefined;
  if (!weights || typeof weights !== 'object') throw problem('weights missing');
  for (const feature of WEIGHTED_FEATURES) {
    const w = weights[feature];
    if (typeof w !== 'number' || !Number.isFinite(w) || w < 0)
      throw problem(`weight of ${feature} must be a number ≥ 0`);
  }
  const unknown = Object.keys(weights).filter(
    (k) => !(WEIGHTED_FEATURES as readonly string[]).includes(k),
  );
  if (unknown.length > 0) throw problem(`unknown features ${unknown.join(', ')}`);
  if (!((weights.text as number) > 0)) throw problem('text must weigh more than 0');
  return {
    source: v.source,
    fittedAt: v.fittedAt ?? null,
    weights: { ...(weights as Record<WeightedFeature, number>) },
    availabilityFloor: floor,
  };
}

export const DEFAULT_MATCH_WEIGHTS: MatchWeights = parseMatchWeights(defaults);

/** The weights in use; one per process, replaceable by the evaluation to compare two sets. */
@Injectable()
export class MatchWeightsStore {
  private weights = DEFAULT_MATCH_WEIGHTS;

  current(): MatchWeights {
    return this.weights;
  }

  replace(weights: MatchWeights): void {
    this.weights = parseMatchWeights(weights);
  }
}
