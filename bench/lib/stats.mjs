/** Latency statistics (milliseconds) and small formatting helpers. */

/** Nearest-rank percentile of an ascending array. */
function percentile(sorted, p) {
  if (sorted.length === 0) return NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))];
}

/** `{ n, p50, p95, p99, mean, max }` of a list of durations in ms. */
export function summarize(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  const mean = sorted.reduce((s, x) => s + x, 0) / (sorted.length || 1);
  return {
    n: sorted.length,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    mean,
    max: sorted.at(-1) ?? NaN,
  };
}

export const ms = (x) => (Number.isFinite(x) ? `${x < 10 ? x.toFixed(2) : x.toFixed(1)}` : '–');

export function statLine(label, s) {
  return `${label.padEnd(34)} n=${String(s.n).padStart(3)}  p50 ${ms(s.p50).padStart(7)}  p95 ${ms(s.p95).padStart(7)}  p99 ${ms(s.p99).padStart(7)}  mean ${ms(s.mean).padStart(7)}  max ${ms(s.max).padStart(7)} ms`;
}

/** Elapsed milliseconds since `start` (a `process.hrtime.bigint()`). */
export const since = (start) => Number(process.hrtime.bigint() - start) / 1e6;
export const now = () => process.hrtime.bigint();

/** Deterministic PRNG (mulberry32) so both scales sample the same way. */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
