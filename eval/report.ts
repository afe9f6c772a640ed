/** Markdown tables of the evaluation's figures. */
import type { MatchKind } from '@app/matching';
import { meanScores, quantile, type Scores } from './metrics';

export interface DemandResult {
  key: string;
  kind: MatchKind;
  tags: string[];
  chanjiao: Scores;
  baseline: Scores;
  chanjiaoTop: string[];
  baselineTop: string[];
}

export const fmt = (n: number) => n.toFixed(3);

export function table(title: string, rows: [string, DemandResult[]][]): string {
  const lines = [
    `### ${title}`,
    '',
    '| demands | n | P@5 Chanjiao | P@5 ILIKE | nDCG@10 Chanjiao | nDCG@10 ILIKE | MRR Chanjiao | MRR ILIKE |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const [label, results] of rows) {
    if (results.length === 0) continue;
    const c = meanScores(results.map((r) => r.chanjiao));
    const b = meanScores(results.map((r) => r.baseline));
    lines.push(
      `| ${label} | ${results.length} | ${fmt(c.p5)} | ${fmt(b.p5)} | ${fmt(c.ndcg10)} | ${fmt(b.ndcg10)} | ${fmt(c.mrr)} | ${fmt(b.mrr)} |`,
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
