/** The final summary table and its section in docs/benchmarks.md (appended, never rewritten). */
import { appendFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { ms } from './stats.mjs';

// Issue 8's targets on 2 cores: match p95 ≤ 30 ms at 100×, ≥ 20× the ILIKE baseline, lag p95 ≤ 1 s.
const TARGETS = { matchP95: 30, speedUp: 20, lagP95: 1000 };

const triple = (s) => `${ms(s.p50)} / ${ms(s.p95)} / ${ms(s.p99)}`;

export function summaryRows(results) {
  const cols = results.map((r) => r.scale);
  const row = (label, f) => `| ${label} | ${results.map(f).join(' | ')} |`;
  return [
    `| p50 / p95 / p99 (ms) | ${cols.join(' | ')} |`,
    `| --- | ${cols.map(() => '---').join(' | ')} |`,
    row(
      'population (enterprises / experts / open demands)',
      (r) => `${r.population.enterprises} / ${r.population.experts} / ${r.population.open_demands}`,
    ),
    row(`match \`GET /demands/:id/matches?kind=expert\` (n=${results[0].match.n})`, (r) =>
      triple(r.match),
    ),
    row('… Meilisearch multi-search alone (same queries, direct)', (r) => triple(r.meili)),
    row(`search \`GET /search?type=experts\` (n=${results[0].search.n})`, (r) => triple(r.search)),
    row(`ILIKE baseline, per SQL query (n=${results[0].baseline.n})`, (r) => triple(r.baseline)),
    row(
      'speed-up = baseline p95 / match p95',
      (r) => `${(r.baseline.p95 / r.match.p95).toFixed(1)}×`,
    ),
    row(
      `posting → searchable lag p50 / p95 (n=${results[0].lag.n}, missed)`,
      (r) => `${ms(r.lag.p50)} / ${ms(r.lag.p95)} ms (${r.lag.missed} missed)`,
    ),
    row('search:reindex (s)', (r) => r.reindexSeconds.toFixed(1)),
    row('errors (match / search)', (r) => `${r.match.errors} / ${r.search.errors}`),
  ];
}

export function verdicts(results) {
  const big = results.at(-1);
  const lines = [];
  const speedUp = big.baseline.p95 / big.match.p95;
  const check = (label, okay, detail) =>
    lines.push(`- ${okay ? 'MET' : 'MISSED'}: ${label} — ${detail}`);
  check(
    `match p95 ≤ ${TARGETS.matchP95} ms at ${big.scale}`,
    big.match.p95 <= TARGETS.matchP95,
    big.match.p95 <= TARGETS.matchP95
      ? `${ms(big.match.p95)} ms`
      : `${ms(big.match.p95)} ms, ${ms(big.match.p95 - TARGETS.matchP95)} ms (${((big.match.p95 / TARGETS.matchP95 - 1) * 100).toFixed(0)} %) over`,
  );
  check(
    `at least ${TARGETS.speedUp}× faster than the ILIKE baseline at ${big.scale} (p95)`,
    speedUp >= TARGETS.speedUp,
    `${speedUp.toFixed(1)}×`,
  );
  for (const r of results) {
    check(
      `lag p95 ≤ 1 s at ${r.scale}`,
      r.lag.p95 <= TARGETS.lagP95 && r.lag.missed === 0,
      `${ms(r.lag.p95)} ms${r.lag.missed ? `, ${r.lag.missed} never searchable within 10 s` : ''}`,
    );
  }
  return lines;
}

export function machine() {
  const cpus = os.cpus();
  return `${os.availableParallelism?.() ?? cpus.length} cores (${cpus[0]?.model.trim() ?? 'unknown CPU'}), ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB RAM, Node ${process.version}, ${os.platform()} ${os.release()}`;
}

/** Appends the section to docs/benchmarks.md, creating the file (with only it) when absent. */
export function appendToDocs(file, { results, command, notes, meiliVersion }) {
  const section = [
    '## Matching and search latency',
    '',
    `Command: \`${command}\` (bench/bench-matching.mjs). Run ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`,
    `on ${machine()}; PostgreSQL, Redis, Meilisearch ${meiliVersion ?? ''}, the api and the worker all on`,
    'this machine, requests over loopback with a keep-alive agent, sequential, after a warm-up.',
    '',
    ...summaryRows(results),
    '',
    'Targets (2-core machine):',
    '',
    ...verdicts(results),
    '',
    ...notes.map((n) => `- ${n}`),
    '',
  ].join('\n');
  if (existsSync(file)) {
    const current = readFileSync(file, 'utf8');
    appendFileSync(file, `${current.endsWith('\n') ? '' : '\n'}\n${section}`);
  } else {
    writeFileSync(file, section);
  }
}
