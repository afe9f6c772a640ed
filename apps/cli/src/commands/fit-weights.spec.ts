import { describe, expect, it } from '@jest/globals';
import {
  type FeedbackRow,
  type MatchWeights,
  parseMatchWeights,
  sigmoid,
  WEIGHTED_FEATURES,
} from '@app/matching';
import { designRow, FitRefused, fitMatchWeights, roundToUnitSum } from './fit-weights';

const CURRENT: MatchWeights = parseMatchWeights({
  source: 'test',
  fittedAt: null,
  weights: {
    text: 0.5,
    industry: 0.1,
    service: 0.1,
    district: 0.1,
    trackRecord: 0.1,
    major: 0.05,
    capacity: 0.05,
  },
  availabilityFloor: 0.4,
});

function rng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Expert lists (no major, no capacity) whose outcomes follow a hidden score of known weights. */
const HIDDEN = { text: 0.6, service: 0.2, industry: 0.1, district: 0.05, trackRecord: 0.05 };
function feedback(n: number, seed = 1): FeedbackRow[] {
  const next = rng(seed);
  return Array.from({ length: n }, (): FeedbackRow => {
    const features = {
      text: next(),
      industry: next(),
      service: next(),
      district: next() < 0.3 ? 1 : 0,
      trackRecord: next(),
      availability: [0, 0.5, 1][Math.floor(next() * 3)],
    };
    const factor = 0.4 + 0.6 * features.availability;
    const score =
      (Object.entries(HIDDEN) as [keyof typeof HIDDEN, number][]).reduce(
        (s, [f, w]) => s + w * features[f],
        0,
      ) * factor;
    return {
      subjectKind: 'demand',
      candidateKind: 'expert',
      position: 1,
      score,
      features,
      top5Count: 1,
      label: next() < sigmoid(-4 + 10 * score) ? 'positive' : 'negative',
    };
  });
}

const fit = (rows: FeedbackRow[], minRows?: number) =>
  fitMatchWeights(rows, CURRENT, {
    l2: 1,
    dataName: 'synthetic',
    minRows,
    now: new Date('2026-12-01T00:00:00Z'),
  });

describe('fitMatchWeights', () => {
  it('recovers the hidden weights of synthetic feedback, keeping those it has no data for', () => {
    const result = fit(feedback(20_000));
    const w = result.weights.weights;
    expect(result.kept).toEqual(['major', 'capacity']);
    // major and capacity keep their current 10 %; the rest share 90 % as the hidden score does.
    expect(w.major).toBeCloseTo(0.05, 3);
    expect(w.capacity).toBeCloseTo(0.05, 3);
    for (const [feature, weight] of Object.entries(HIDDEN) as [keyof typeof HIDDEN, number][]) {
      expect(Math.abs(w[feature] - 0.9 * weight)).toBeLessThan(0.04);
    }
    expect(w.text).toBeGreaterThan(w.service);
    expect(w.service).toBeGreaterThan(w.industry);
    expect(WEIGHTED_FEATURES.reduce((s, f) => s + w[f], 0)).toBeCloseTo(1, 9);
    expect(result.weights.availabilityFloor).toBe(0.4);
    expect(result.weights.fittedAt).toBe('2026-12-01T00:00:00.000Z');
    expect(result.weights.source).toMatch(/synthetic.*20000 labelled impressions/);
    expect(parseMatchWeights(result.weights)).toEqual(result.weights);
  });

  it('leaves neutral rows and rows never in the top 5 out, and refuses too little feedback', () => {
    const rows = feedback(60);
    const neutral = rows.map((r) => ({ ...r, label: 'neutral' as const }));
    const below = rows.map((r) => ({ ...r, top5Count: 0 }));
    expect(() => fit([...rows.slice(0, 49), ...neutral, ...below])).toThrow(FitRefused);
    expect(() => fit([...rows.slice(0, 49), ...neutral, ...below])).toThrow(
      /Only 49 labelled impressions in the top 5 \(.*; 60 neutral, 60 never in the top 5\)/,
    );
    const result = fit([...rows.slice(0, 50), ...neutral, ...below]);
    expect(result).toMatchObject({ labelled: 50, neutral: 60, belowTop5: 60 });
  });

  it('refuses feedback of one kind only, or that says words do not matter', () => {
    const rows = feedback(200);
    expect(() => fit(rows.map((r) => ({ ...r, label: 'negative' as const })))).toThrow(
      /all negative/,
    );
    // Outcomes that go against the text: the fit must not write weights that ignore it.
    const perverse = rows.map((r): FeedbackRow => ({
      ...r,
      label: r.features.text < 0.5 ? 'positive' : 'negative',
    }));
    expect(() => fit(perverse)).toThrow(/text coefficient/);
  });
});

describe('designRow', () => {
  it('scales features by availability and fills absent ones without moving the current score', () => {
    const row = designRow({ text: 1, industry: 0, availability: 0 }, CURRENT);
    const fill = (0.5 * 1 + 0.1 * 0) / 0.6;
    expect(row[0]).toBeCloseTo(0.4, 9);
    expect(row[1]).toBe(0);
    expect(row[2]).toBeCloseTo(fill * 0.4, 9);
    // Σ w·x / Σ w over all columns equals the score over the present features alone.
    const total = WEIGHTED_FEATURES.reduce((s, f) => s + CURRENT.weights[f], 0);
    const all = WEIGHTED_FEATURES.reduce((s, f, j) => s + CURRENT.weights[f] * row[j], 0) / total;
    expect(all).toBeCloseTo(fill * 0.4, 9);
  });
});

describe('roundToUnitSum', () => {
  it('rounds to three decimals that add up to 1', () => {
    const third = 1 / 3;
    const rounded = roundToUnitSum({
      text: third,
      industry: third,
      service: third,
      district: 0,
      trackRecord: 0,
      major: 0,
      capacity: 0,
    });
    expect(rounded.industry).toBe(0.333);
    expect(rounded.text).toBe(0.334);
  });
});
