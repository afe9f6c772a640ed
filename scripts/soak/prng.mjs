/**
 * A small seeded PRNG (mulberry32) for the soak test: the same seed gives the same fault schedule
 * and the same choices of every virtual user (their interleaving still depends on timing).
 */

/** A generator of floats in [0, 1) from a 32-bit seed. */
export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Helpers over one stream; `fork(label)` derives an independent stream (per virtual user). */
export function prng(seed) {
  const next = mulberry32(seed);
  const rng = {
    seed,
    next,
    /** Integer in [min, max]. */
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    /** Float in [min, max). */
    between: (min, max) => min + next() * (max - min),
    chance: (p) => next() < p,
    pick: (list) => list[Math.floor(next() * list.length)],
    shuffle(list) {
      const copy = [...list];
      for (let i = copy.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [copy[i], copy[j]] = [copy[j], copy[i]];
      }
      return copy;
    },
    /** Lower-case ASCII letters only (digits would be split off by the search tokenizer). */
    letters: (n) =>
      Array.from({ length: n }, () => 'abcdefghijklmnopqrstuvwxyz'[rng.int(0, 25)]).join(''),
    /** One choice by weight from `{ name: weight }` (weights ≤ 0 are never chosen); null if none. */
    weighted(weights) {
      const entries = Object.entries(weights).filter(([, w]) => w > 0);
      const total = entries.reduce((sum, [, w]) => sum + w, 0);
      if (total <= 0) return null;
      let r = next() * total;
      for (const [name, w] of entries) {
        r -= w;
        if (r < 0) return name;
      }
      return entries[entries.length - 1][0];
    },
    fork(label) {
      let h = seed >>> 0;
      for (const ch of String(label)) h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193) >>> 0;
      return prng(h ^ 0x9e3779b9);
    },
  };
  return rng;
}

/**
 * The fault schedule: start times (ms from the load's start) and kinds. Every kind comes once
 * (in a seeded order) before any repeats, so even a short run exercises each of them; faults stop
 * `quietTailMs` before the end so the last one has recovered while load still runs, and a kind
 * with a `latestMs` entry is not scheduled after it (a killed worker's running jobs come back only
 * when BullMQ finds them stalled, 30–60 s later).
 */
export function faultSchedule(
  rng,
  { durationMs, kinds, gapMs: [minGap, maxGap], quietTailMs, latestMs = {} },
) {
  const schedule = [];
  let at = rng.between(minGap, maxGap) / 2;
  let bag = [];
  while (at < durationMs - quietTailMs) {
    const allowed = (kind) => at < (latestMs[kind] ?? Infinity);
    bag = bag.filter(allowed);
    if (bag.length === 0) bag = rng.shuffle(kinds.filter(allowed));
    schedule.push({ at: Math.round(at), kind: bag.shift() });
    at += rng.between(minGap, maxGap);
  }
  return schedule;
}
