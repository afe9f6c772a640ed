import { describe, expect, it } from '@jest/globals';
import { fitLogistic, sigmoid, solveSymmetric } from './logistic-regression';

/** mulberry32: the same synthetic data on every run. */
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

/** Rows [1, x1, x2, x3] with x uniform in [0, 1], labels drawn from σ(row · truth). */
function synthetic(truth: number[], n: number, seed: number) {
  const next = rng(seed);
  const x: number[][] = [];
  const y: number[] = [];
  for (let i = 0; i < n; i++) {
    const row = [1, ...truth.slice(1).map(() => next())];
    x.push(row);
    y.push(next() < sigmoid(row.reduce((s, v, j) => s + v * truth[j], 0)) ? 1 : 0);
  }
  return { x, y };
}

describe('fitLogistic', () => {
  it('recovers known weights from synthetic data', () => {
    const truth = [-1.5, 3, -2, 0.5];
    const { x, y } = synthetic(truth, 20_000, 42);
    const fit = fitLogistic(x, y, { l2: 1e-6, penalize: [false, true, true, true] });
    expect(fit.converged).toBe(true);
    expect(fit.iterations).toBeLessThan(15);
    fit.coefficients.forEach((b, j) => expect(Math.abs(b - truth[j])).toBeLessThan(0.15));
  });

  it('shrinks penalised coefficients towards 0 as λ grows, leaving the intercept free', () => {
    const { x, y } = synthetic([0.5, 2, -1], 2_000, 7);
    const norm = (l2: number) => {
      const b = fitLogistic(x, y, { l2, penalize: [false, true, true] }).coefficients;
      return Math.hypot(b[1], b[2]);
    };
    expect(norm(1)).toBeLessThan(norm(0.001));
    expect(norm(1000)).toBeLessThan(norm(1) / 2);
  });

  it('stays finite on separable data thanks to the penalty', () => {
    const x = [
      [1, 0],
      [1, 0.1],
      [1, 0.9],
      [1, 1],
    ];
    const fit = fitLogistic(x, [0, 0, 1, 1], { l2: 0.1, penalize: [false, true] });
    expect(fit.converged).toBe(true);
    expect(Number.isFinite(fit.coefficients[1])).toBe(true);
    expect(fit.coefficients[1]).toBeGreaterThan(0);
  });

  it('reaches a stationary point: the penalised gradient is ~0', () => {
    const { x, y } = synthetic([0.2, 1, 1], 500, 3);
    const l2 = 2;
    const b = fitLogistic(x, y, { l2 }).coefficients;
    for (let j = 0; j < b.length; j++) {
      let g = l2 * b[j];
      x.forEach(
        (row, i) => (g += (sigmoid(row[0] * b[0] + row[1] * b[1] + row[2] * b[2]) - y[i]) * row[j]),
      );
      expect(Math.abs(g)).toBeLessThan(1e-6);
    }
  });

  it('refuses malformed input', () => {
    expect(() => fitLogistic([], [], { l2: 1 })).toThrow(/labels/);
    expect(() => fitLogistic([[1]], [2], { l2: 1 })).toThrow(/0 or 1/);
    expect(() => fitLogistic([[1, 2], [1]], [0, 1], { l2: 1 })).toThrow(/unequal/);
  });
});

describe('solveSymmetric', () => {
  it('solves a positive definite system', () => {
    const s = solveSymmetric(
      [
        [4, 2],
        [2, 3],
      ],
      [2, 5],
    );
    expect(s[0]).toBeCloseTo(-0.5, 10);
    expect(s[1]).toBeCloseTo(2, 10);
  });
});
