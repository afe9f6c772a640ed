/** Pure helpers of bench/bench-stats.mjs (unit-tested in scripts/stats-bench.test.mjs). */

/** The names a stats section parameter may take, from an OpenAPI document ([] when absent). */
export function sectionsFromOpenApi(doc) {
  for (const [path, item] of Object.entries(doc?.paths ?? {})) {
    if (!/\/stats\/\{section\}$/.test(path)) continue;
    const param = (item.get?.parameters ?? []).find((p) => p.name === 'section' && p.in === 'path');
    const values = param?.schema?.enum ?? param?.enum;
    if (Array.isArray(values)) return [...values];
  }
  return [];
}

/** A kind the section counts: project kinds for cooperation, demand kinds elsewhere. */
export const kindFor = (section) => (section === 'cooperation' ? 'order_class' : 'talent');

/**
 * The filter combinations measured for a section: none; a year; a district; an industry
 * section letter; a kind; a college.
 */
export function filterCases(section, { year, district, industry, collegeId }) {
  const cases = [
    ['none', {}],
    [`year ${year}`, { from: `${year}-01`, to: `${year}-12` }],
    [`district ${district}`, { district }],
    [`industry ${industry}`, { industry }],
    [`kind ${kindFor(section)}`, { kind: kindFor(section) }],
    ['college', { collegeId }],
  ];
  return cases.map(([label, query]) => ({ label, query }));
}

/** `?a=1&b=2` (or '') of the defined entries. */
export function queryString(query) {
  const entries = Object.entries(query).filter(([, v]) => v !== undefined && v !== null);
  return entries.length ? `?${new URLSearchParams(entries).toString()}` : '';
}

/** The `count` results with the highest p95, slowest first. */
export function slowest(results, count = 3) {
  return [...results].sort((a, b) => b.stats.p95 - a.stats.p95).slice(0, count);
}

/** The records (`{ t0, t1 }`) that started within a window `[start, end]` (ms timestamps). */
export function inWindow(records, start, end) {
  return records.filter((r) => r.t0 >= start && r.t0 <= end);
}

const KEEP =
  /->|^\s*(Sort Key|Sort Method|Group Key|Filter|Index Cond|Recheck Cond|Hash Cond|Join Filter|Rows Removed|Buffers|Heap Blocks|Workers|Planning Time|Execution Time)/;

/**
 * An EXPLAIN (ANALYZE, BUFFERS) text trimmed to what a reader needs: the plan nodes with their
 * timings and the conditions, sort and buffer lines; long lines cut at `width` characters.
 */
export function trimPlan(text, { maxLines = 45, width = 160 } = {}) {
  const lines = text.split('\n');
  const kept = [lines[0], ...lines.slice(1).filter((l) => KEEP.test(l))].map((l) =>
    l.length > width ? `${l.slice(0, width - 1)}…` : l,
  );
  if (kept.length <= maxLines) return kept.join('\n');
  const tail = kept.filter((l) => /Planning Time|Execution Time/.test(l));
  return [...kept.slice(0, maxLines - tail.length - 1), '  … (cut)', ...tail].join('\n');
}

/** Milliseconds of the "Execution Time" line of an EXPLAIN ANALYZE text (NaN when absent). */
export function executionMs(text) {
  const match = /Execution Time: ([\d.]+) ms/.exec(text);
  return match ? Number(match[1]) : NaN;
}

/** A statement's text on one line, cut at `width` characters (for labels). */
export function shortSql(text, width = 70) {
  const flat = String(text ?? '')
    .replace(/\s+/g, ' ')
    .trim();
  return flat.length > width ? `${flat.slice(0, width - 1)}…` : flat;
}

/**
 * For each slow request (its statements slowest first), the statement whose plan to show: its
 * slowest one not already shown for an earlier request (requests of one section run the same
 * SQL, so three copies of one plan would say less than three different plans).
 */
export function distinctPlans(requests) {
  const shown = new Set();
  return requests.map((r) => {
    const pick = r.statements.find((s) => !shown.has(s.text)) ?? r.statements[0];
    if (pick) shown.add(pick.text);
    return { ...r, shown: pick };
  });
}
