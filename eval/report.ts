/** Markdown tables, the summary (also written by --json) and the check list of the evaluation. */
import type { MatchKind } from '@app/matching';
import { HARD_CASES, type HardCase } from './set/types';
import { meanScores, quantile, type Scores } from './metrics';

/** The rankers compared, in column order. */
export const SYSTEMS = ['chanjiao', 'search', 'ilike'] as const;
export type System = (typeof SYSTEMS)[number];
const LABEL: Record<System, string> = {
  chanjiao: 'Chanjiao',
  search: 'plain search',
  ilike: 'ILIKE',
};

export interface DemandResult {
  key: string;
  kind: MatchKind;
  tags: HardCase[];
  /** In the blind fifth (isBlind): its per-demand figures are not for tuning. */
  blind: boolean;
  chanjiao: Scores;
  search: Scores;
  ilike: Scores;
  chanjiaoTop: string[];
  searchTop: string[];
  ilikeTop: string[];
}

export type GroupSummary = { n: number } & Record<System, Scores>;
/** Group label → figures; only groups with demands, in table order. */
export type KindSummary = Record<string, GroupSummary>;
/** What `npm run matching:fit` reads from --json: keep this shape. */
export interface Summary {
  experts: KindSummary;
  colleges: KindSummary;
}

export const fmt = (n: number) => n.toFixed(3);
const signed = (n: number) => `${n >= 0 ? '+' : '−'}${fmt(Math.abs(n))}`;

/** The table rows: all, tuning, blind, no hard-case tag, then each hard case. */
function groupsOf(results: DemandResult[]): [string, DemandResult[]][] {
  return [
    ['all', results],
    ['tuning', results.filter((r) => !r.blind)],
    ['blind', results.filter((r) => r.blind)],
    ['no hard-case tag', results.filter((r) => r.tags.length === 0)],
    ...HARD_CASES.map((tag): [string, DemandResult[]] => [
      tag,
      results.filter((r) => r.tags.includes(tag)),
    ]),
  ];
}

export function summarizeKind(results: DemandResult[]): KindSummary {
  const summary: KindSummary = {};
  for (const [label, rs] of groupsOf(results)) {
    if (rs.length === 0) continue;
    summary[label] = {
      n: rs.length,
      chanjiao: meanScores(rs.map((r) => r.chanjiao)),
      search: meanScores(rs.map((r) => r.search)),
      ilike: meanScores(rs.map((r) => r.ilike)),
    };
  }
  return summary;
}

export function summarize(results: DemandResult[]): Summary {
  return {
    experts: summarizeKind(results.filter((r) => r.kind === 'expert')),
    colleges: summarizeKind(results.filter((r) => r.kind === 'college')),
  };
}

export function table(title: string, groups: KindSummary): string {
  const metrics: [keyof Scores, string][] = [
    ['p5', 'P@5'],
    ['ndcg10', 'nDCG@10'],
    ['mrr', 'MRR'],
  ];
  const columns = metrics.flatMap(([, m]) => SYSTEMS.map((s) => `${m} ${LABEL[s]}`));
  const lines = [
    `### ${title}`,
    '',
    `| demands | n | ${columns.join(' | ')} |`,
    `| --- | ---: |${' ---: |'.repeat(columns.length)}`,
  ];
  for (const [label, g] of Object.entries(groups)) {
    const cells = metrics.flatMap(([m]) => SYSTEMS.map((s) => fmt(g[s][m])));
    lines.push(`| ${label} | ${g.n} | ${cells.join(' | ')} |`);
  }
  if (Object.keys(groups).length === 0) lines.push('| (no demands) | 0 |');
  return lines.join('\n');
}

/** Rows smaller than this are listed in the tables but too small to judge. */
const MIN_N = 3;
/** The targets (experts). */
const TARGET_ALL = { ndcg10: 0.9, mrr: 0.9 };
const TARGET_MARGIN_OVER_SEARCH = { tags: ['sparse-profile', 'description-only'], ndcg10: 0.15 };

/**
 * For every row with n ≥ 3: does Chanjiao beat both baselines (strictly) on nDCG@10 and MRR?
 * Then the targets. A report, not a gate: nothing here changes the exit code.
 */
export function checks(summary: Summary): string {
  const mark = (ok: boolean) => (ok ? '✓' : '✗');
  const lines = [
    '### Checks',
    '',
    'Chanjiao beats both baselines on nDCG@10 and MRR, strictly (a tie, even at 1.000, is ✗; rows n ≥ 3):',
    '',
  ];
  const kinds: [string, KindSummary][] = [
    ['experts', summary.experts],
    ['colleges', summary.colleges],
  ];
  for (const [kind, groups] of kinds) {
    for (const [label, g] of Object.entries(groups)) {
      if (g.n < MIN_N) continue;
      const margins = (m: 'ndcg10' | 'mrr') => ({
        search: g.chanjiao[m] - g.search[m],
        ilike: g.chanjiao[m] - g.ilike[m],
      });
      const ndcg = margins('ndcg10');
      const mrr = margins('mrr');
      const ok = [ndcg.search, ndcg.ilike, mrr.search, mrr.ilike].every((d) => d > 0);
      lines.push(
        `- ${mark(ok)} ${kind} · ${label} (n ${g.n}): ` +
          `nDCG@10 ${fmt(g.chanjiao.ndcg10)} (${signed(ndcg.search)} vs plain search, ${signed(ndcg.ilike)} vs ILIKE), ` +
          `MRR ${fmt(g.chanjiao.mrr)} (${signed(mrr.search)} vs plain search, ${signed(mrr.ilike)} vs ILIKE)`,
      );
    }
  }

  lines.push('', 'Targets:', '');
  const all = summary.experts.all;
  if (!all) lines.push('- – experts · all: no demands ranked');
  else {
    for (const m of ['ndcg10', 'mrr'] as const) {
      const name = m === 'ndcg10' ? 'nDCG@10' : 'MRR';
      const value = all.chanjiao[m];
      const ok = value >= TARGET_ALL[m];
      lines.push(
        `- ${mark(ok)} experts · all ${name} ${fmt(value)} ${ok ? '≥' : '<'} ${TARGET_ALL[m].toFixed(2)} (${signed(value - TARGET_ALL[m])})`,
      );
    }
  }
  for (const tag of TARGET_MARGIN_OVER_SEARCH.tags) {
    const g = summary.experts[tag];
    const want = TARGET_MARGIN_OVER_SEARCH.ndcg10;
    if (!g) {
      lines.push(`- – experts · ${tag}: no demands with this tag in the ranked set`);
      continue;
    }
    const margin = g.chanjiao.ndcg10 - g.search.ndcg10;
    const ok = margin >= want;
    lines.push(
      `- ${mark(ok)} experts · ${tag} (n ${g.n}) nDCG@10 ${fmt(g.chanjiao.ndcg10)} vs plain search ` +
        `${fmt(g.search.ndcg10)}: ${signed(margin)} ${ok ? '≥' : '<'} +${want.toFixed(2)}`,
    );
  }
  return lines.join('\n');
}

export function latencyTable(rows: [string, number[]][]): string {
  const lines = [
    '### Time per call (ms)',
    '',
    '| | calls | p50 | p95 |',
    '| --- | ---: | ---: | ---: |',
  ];
  for (const [label, ms] of rows) {
    lines.push(
      `| ${label} | ${ms.length} | ${quantile(ms, 0.5).toFixed(1)} | ${quantile(ms, 0.95).toFixed(1)} |`,
    );
  }
  return lines.join('\n');
}
