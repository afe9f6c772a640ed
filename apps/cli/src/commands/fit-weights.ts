import {
  type FeedbackRow,
  fitLogistic,
  type MatchWeights,
  parseMatchWeights,
  WEIGHTED_FEATURES,
  type WeightedFeature,
} from '@app/matching';

/** Fewer labelled rows than this and the fit refuses: a handful of clicks is noise. */
export const MIN_LABELLED_ROWS = 50;

/** Why no weights were fitted; the message is meant for the operator as it is. */
export class FitRefused extends Error {}

export interface FitOptions {
  /** λ of the L2 penalty (see logistic-regression.ts). */
  l2: number;
  minRows?: number;
  /** What the data was (e.g. the database name), for `source`. */
  dataName: string;
  now?: Date;
}

export interface WeightsFit {
  weights: MatchWeights;
  labelled: number;
  positives: number;
  negatives: number;
  /** Shown in the top 5 but neither positive nor negative. */
  neutral: number;
  /** Never shown in the top 5: left out (see fitMatchWeights). */
  belowTop5: number;
  /** Raw coefficients of the weighted features (before clipping and normalising). */
  coefficients: Record<WeightedFeature, number>;
  /** Features no labelled row carried: they keep their current share. */
  kept: WeightedFeature[];
  converged: boolean;
}

const clamp01 = (v: number) => Math.max(0, Math.min(1, v));

/**
 * The weighted features of a row as the score uses them: each multiplied by the availability
 * factor, since score = Σ wᵢ·xᵢ / Σ wᵢ × (floor + (1 − floor)·availability). A logistic model on
 * these columns is then a monotone function of a score of the same form, so its coefficients,
 * normalised, are weights. The score leaves absent features out (they do not apply); here an
 * absent one is filled in with the weighted mean of the present ones under the current weights,
 * which leaves that row's current score exactly as it is. A missing availability counts as 1.
 */
export function designRow(
  features: Readonly<Record<string, number>>,
  current: MatchWeights,
): number[] {
  const floor = current.availabilityFloor;
  const factor = floor + (1 - floor) * clamp01(features.availability ?? 1);
  let sum = 0;
  let total = 0;
  for (const f of WEIGHTED_FEATURES) {
    if (features[f] === undefined) continue;
    sum += current.weights[f] * clamp01(features[f]);
    total += current.weights[f];
  }
  const fill = total > 0 ? sum / total : 0;
  return WEIGHTED_FEATURES.map(
    (f) => (features[f] === undefined ? fill : clamp01(features[f])) * factor,
  );
}

/**
 * Fits the weights of WEIGHTED_FEATURES from labelled feedback (labels.ts) by L2-regularised
 * logistic regression with an unpenalised intercept per candidate kind (lists of experts,
 * colleges and demands differ in base rate, which says nothing about ranking within a list).
 * Only impressions shown in the top 5 at least once take part: an ignored candidate is a
 * negative only there (labels.ts), so positives from lower places would meet no negatives of
 * their own and make whatever put candidates in the top 5 (the current weights) look bad.
 * Negative coefficients become 0; the rest are normalised to sum to 1 together with the
 * current weights of features no labelled row carries (those cannot be learnt and keep their
 * share). The availability floor is kept. Throws FitRefused when the data cannot support a fit.
 */
export function fitMatchWeights(
  rows: readonly FeedbackRow[],
  current: MatchWeights,
  options: FitOptions,
): WeightsFit {
  const exposed = rows.filter((r) => r.top5Count > 0);
  const labelled = exposed.filter((r) => r.label !== 'neutral');
  const positives = labelled.filter((r) => r.label === 'positive').length;
  const negatives = labelled.length - positives;
  const neutral = exposed.length - labelled.length;
  const belowTop5 = rows.length - exposed.length;
  const minRows = options.minRows ?? MIN_LABELLED_ROWS;
  if (labelled.length < minRows) {
    throw new FitRefused(
      `Only ${labelled.length} labelled impressions in the top 5 (${positives} positive, ` +
        `${negatives} negative; ${neutral} neutral, ${belowTop5} never in the top 5); at least ` +
        `${minRows} are needed to fit weights. Let the platform be used longer (or seed the ` +
        'demo city), then run it again.',
    );
  }
  if (positives === 0 || negatives === 0) {
    throw new FitRefused(
      `The labelled impressions are all ${positives === 0 ? 'negative' : 'positive'}; ` +
        'a fit needs both kinds.',
    );
  }

  const present = WEIGHTED_FEATURES.filter((f) => labelled.some((r) => f in r.features));
  const kept = WEIGHTED_FEATURES.filter((f) => !present.includes(f));
  if (!present.includes('text')) {
    throw new FitRefused('No labelled impression carries the text feature; nothing to fit.');
  }
  const kinds = [...new Set(labelled.map((r) => r.candidateKind))].sort();
  const columns = present.map((f) => WEIGHTED_FEATURES.indexOf(f));
  const x = labelled.map((r) => {
    const design = designRow(r.features, current);
    return [...columns.map((j) => design[j]), ...kinds.map((k) => (r.candidateKind === k ? 1 : 0))];
  });
  const y = labelled.map((r) => (r.label === 'positive' ? 1 : 0));
  const fit = fitLogistic(x, y, {
    l2: options.l2,
    penalize: [...present.map(() => true), ...kinds.map(() => false)],
  });

  const coefficients = Object.fromEntries(WEIGHTED_FEATURES.map((f) => [f, 0])) as Record<
    WeightedFeature,
    number
  >;
  present.forEach((f, j) => (coefficients[f] = fit.coefficients[j]));
  if (!(coefficients.text > 0)) {
    throw new FitRefused(
      `The fitted text coefficient is ${coefficients.text.toFixed(3)} (≤ 0): the feedback says ` +
        'that matching words do not help, which points at bad data rather than at good weights. ' +
        'Nothing was written.',
    );
  }

  const currentTotal = WEIGHTED_FEATURES.reduce((s, f) => s + current.weights[f], 0);
  const keptShare = kept.reduce((s, f) => s + current.weights[f], 0) / currentTotal;
  const positive = present.map((f) => Math.max(0, coefficients[f]));
  const positiveTotal = positive.reduce((s, v) => s + v, 0);
  const raw = Object.fromEntries(WEIGHTED_FEATURES.map((f) => [f, 0])) as Record<
    WeightedFeature,
    number
  >;
  present.forEach((f, j) => (raw[f] = (positive[j] / positiveTotal) * (1 - keptShare)));
  kept.forEach((f) => (raw[f] = current.weights[f] / currentTotal));

  const rounded = roundToUnitSum(raw);
  if (!(rounded.text > 0)) {
    throw new FitRefused('The fitted weight of text rounds to 0; nothing was written.');
  }
  const now = options.now ?? new Date();
  const date = now.toISOString().slice(0, 10);
  const weights = parseMatchWeights({
    source:
      `npm run matching:fit on ${options.dataName}, ${date}: ${labelled.length} labelled ` +
      `impressions in the top 5 (${positives} positive, ${negatives} negative; ${neutral} ` +
      `neutral and ${belowTop5} never in the top 5 left out), L2 ${options.l2}` +
      (kept.length > 0 ? `; kept from before (no data): ${kept.join(', ')}` : ''),
    fittedAt: now.toISOString(),
    weights: rounded,
    availabilityFloor: current.availabilityFloor,
  });
  return {
    weights,
    labelled: labelled.length,
    positives,
    negatives,
    neutral,
    belowTop5,
    coefficients,
    kept,
    converged: fit.converged,
  };
}

/** Three decimals that still add up to exactly 1 (the rounding rest goes to text). */
export function roundToUnitSum(
  weights: Record<WeightedFeature, number>,
): Record<WeightedFeature, number> {
  const rounded = Object.fromEntries(
    WEIGHTED_FEATURES.map((f) => [f, Math.round(weights[f] * 1000) / 1000]),
  ) as Record<WeightedFeature, number>;
  const rest = 1 - WEIGHTED_FEATURES.reduce((s, f) => s + rounded[f], 0);
  rounded.text = Math.round((rounded.text + rest) * 1000) / 1000;
  return rounded;
}
