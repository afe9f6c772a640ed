/**
 * Ranking metrics over graded labels (grade 0 = not relevant, 1 acceptable, 2 good, 3 ideal).
 * Pure functions; `selfTest` checks them on hand-computed cases before every evaluation run.
 */
import { strict as assert } from 'node:assert';

/** Grades of the candidates by id; missing ids are grade 0. */
export type Labels = Readonly<Record<string, number>>;

const gradeOf = (labels: Labels, id: string) => labels[id] ?? 0;

/** Share of the first k results with grade ≥ 1 (a short list counts its missing places as misses). */
export function precisionAt(ranked: readonly string[], labels: Labels, k: number): number {
  const hits = ranked.slice(0, k).filter((id) => gradeOf(labels, id) >= 1).length;
  return hits / k;
}

function dcg(grades: readonly number[]): number {
  return grades.reduce((sum, g, i) => sum + (2 ** g - 1) / Math.log2(i + 2), 0);
}

/** nDCG@k with gain 2^grade − 1 and log2 discount; 0 when nothing is relevant. */
export function ndcgAt(ranked: readonly string[], labels: Labels, k: number): number {
  const ideal = dcg(
    Object.values(labels)
      .filter((g) => g > 0)
      .sort((a, b) => b - a)
      .slice(0, k),
  );
  if (ideal === 0) return 0;
  return dcg(ranked.slice(0, k).map((id) => gradeOf(labels, id))) / ideal;
}

/** 1 / rank of the first result with grade ≥ minGrade (2 by default: a good one), else 0. */
export function reciprocalRank(ranked: readonly string[], labels: Labels, minGrade = 2): number {
  const i = ranked.findIndex((id) => gradeOf(labels, id) >= minGrade);
  return i < 0 ? 0 : 1 / (i + 1);
}

export interface Scores {
  p5: number;
  ndcg10: number;
  mrr: number;
}

export function scoresOf(ranked: readonly string[], labels: Labels): Scores {
  return {
    p5: precisionAt(ranked, labels, 5),
    ndcg10: ndcgAt(ranked, labels, 10),
    mrr: reciprocalRank(ranked, labels),
  };
}

/** Mean of each metric; zeros for an empty list. */
export function meanScores(all: readonly Scores[]): Scores {
  const n = Math.max(1, all.length);
  const sum = (f: (s: Scores) => number) => all.reduce((acc, s) => acc + f(s), 0) / n;
  return { p5: sum((s) => s.p5), ndcg10: sum((s) => s.ndcg10), mrr: sum((s) => s.mrr) };
}

/** The q-quantile (0..1) of the values, nearest rank. */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

/** Hand-computed cases; throws when a metric is wrong. */
export function selfTest(): void {
  const close = (actual: number, expected: number, what: string) =>
    assert.ok(Math.abs(actual - expected) < 1e-9, `${what}: ${actual} ≠ ${expected}`);
  const labels = { a: 3, b: 2, c: 1 };
  close(precisionAt(['x', 'a', 'y', 'c', 'z'], labels, 5), 2 / 5, 'P@5');
  close(precisionAt(['a'], labels, 5), 1 / 5, 'P@5 of a short list');
  close(ndcgAt(['a', 'b', 'c'], labels, 10), 1, 'nDCG of the ideal order');
  close(ndcgAt([], labels, 10), 0, 'nDCG of nothing');
  close(ndcgAt(['x'], {}, 10), 0, 'nDCG without labels');
  // [c, a]: (1 + 7/log2 3) / (7 + 3/log2 3 + 1/2)
  const expected = (1 + 7 / Math.log2(3)) / (7 + 3 / Math.log2(3) + 1 / 2);
  close(ndcgAt(['c', 'a'], labels, 10), expected, 'nDCG of a swapped pair');
  close(reciprocalRank(['c', 'x', 'b'], labels), 1 / 3, 'MRR skips grade 1');
  close(reciprocalRank(['c', 'x'], labels), 0, 'MRR without a good result');
  close(quantile([5, 1, 3, 2, 4], 0.5), 3, 'p50');
  close(
    quantile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20], 0.95),
    19,
    'p95',
  );
  close(
    meanScores([
      { p5: 1, ndcg10: 0.5, mrr: 0 },
      { p5: 0, ndcg10: 0.5, mrr: 1 },
    ]).p5,
    0.5,
    'mean',
  );
}
