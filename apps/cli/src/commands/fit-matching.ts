import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { DataSource } from 'typeorm';
import {
  DEFAULT_MATCH_WEIGHTS,
  type FeedbackRow,
  loadFeedback,
  type MatchWeights,
  parseMatchWeights,
  WEIGHTED_FEATURES,
} from '@app/matching';
import { databaseOptions } from '@app/shared';
import { FitRefused, fitMatchWeights, type WeightsFit } from './fit-weights';
import { databaseUrl } from './migrate';

/** Where the matcher reads its weights from (relative to the repository root). */
export const WEIGHTS_FILE = 'libs/matching/src/scoring/match-weights.json';

export interface FitMatchingOptions {
  /** Replace WEIGHTS_FILE with the fitted weights. */
  write: boolean;
  /** Where the fitted weights go (default: .data/match-weights/fit-<time>.json). */
  out?: string;
  l2: number;
  minRows: number;
  /** Compare old and new weights on the labelled set (npm run eval:matching, twice). */
  evaluate: boolean;
  /** The repository root (npm runs scripts there). */
  root?: string;
}

export const DEFAULT_L2 = 1;

/** One system's figures on the labelled set, as `summary.<kind>.all.chanjiao` of eval's --json. */
export interface EvalFigures {
  p5: number;
  ndcg10: number;
  mrr: number;
}

export interface EvalSummary {
  experts?: EvalFigures;
  colleges?: EvalFigures;
}

/** Reads the figures out of `npm run eval:matching -- --json` output; absent parts stay absent. */
export function evalSummaryOf(json: unknown): EvalSummary {
  const pick = (kind: 'experts' | 'colleges'): EvalFigures | undefined => {
    const f = (json as { summary?: Record<string, { all?: { chanjiao?: Partial<EvalFigures> } }> })
      ?.summary?.[kind]?.all?.chanjiao;
    if (!f || ![f.p5, f.ndcg10, f.mrr].every((v) => typeof v === 'number')) return undefined;
    return { p5: f.p5!, ndcg10: f.ndcg10!, mrr: f.mrr! };
  };
  return { experts: pick('experts'), colleges: pick('colleges') };
}

const num = (v: number | undefined, digits = 3) => (v === undefined ? 'n/a' : v.toFixed(digits));
const signed = (v: number) => `${v >= 0 ? '+' : ''}${v.toFixed(3)}`;

/** Old and new weights side by side, with the raw coefficients behind the new ones. */
export function weightsTable(old: MatchWeights, fit: WeightsFit): string {
  const lines = [
    `feature       old     new     coefficient`,
    ...WEIGHTED_FEATURES.map((f) => {
      const kept = fit.kept.includes(f) ? '(no data: kept)' : fit.coefficients[f].toFixed(3);
      return `${f.padEnd(12)}  ${num(old.weights[f])}   ${num(fit.weights.weights[f])}   ${kept}`;
    }),
    `availabilityFloor ${num(old.availabilityFloor, 2)} → ${num(fit.weights.availabilityFloor, 2)} (kept)`,
  ];
  return lines.join('\n');
}

/** The labelled set's figures for both weight sets, and the change. */
export function evalTable(old: EvalSummary, next: EvalSummary): string {
  const lines = ['labelled set (npm run eval:matching)   old     new     change'];
  for (const kind of ['experts', 'colleges'] as const) {
    for (const [metric, label] of [
      ['p5', 'P@5'],
      ['ndcg10', 'nDCG@10'],
      ['mrr', 'MRR'],
    ] as const) {
      const a = old[kind]?.[metric];
      const b = next[kind]?.[metric];
      const change = a === undefined || b === undefined ? '' : signed(b - a);
      lines.push(`${`${kind} ${label}`.padEnd(37)}  ${num(a)}   ${num(b)}   ${change}`);
    }
  }
  return lines.join('\n');
}

/** The weights the matcher reads now: the file in the working tree, else the built-in ones. */
function currentWeights(root: string): { weights: MatchWeights; file: string | null } {
  const file = join(root, WEIGHTS_FILE);
  if (!existsSync(file)) return { weights: DEFAULT_MATCH_WEIGHTS, file: null };
  return { weights: parseMatchWeights(JSON.parse(readFileSync(file, 'utf8'))), file };
}

const toJson = (weights: MatchWeights) => `${JSON.stringify(weights, null, 2)}\n`;

/**
 * Runs the labelled evaluation with a weights file and returns its summary, or null (with the
 * end of its output) when it fails. It builds a database and indexes of its own each time.
 */
async function evaluate(
  root: string,
  weightsFile: string,
  jsonOut: string,
): Promise<EvalSummary | null> {
  const output: string[] = [];
  const status = await new Promise<number>((done) => {
    const child = spawn(
      process.execPath,
      // The tuning split only: the blind fifth of the labelled set must not decide anything.
      [
        join(root, 'eval/eval.mjs'),
        '--split',
        'tuning',
        '--weights',
        weightsFile,
        '--json',
        jsonOut,
      ],
      { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    child.stdout.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    child.on('error', (error) => {
      output.push(String(error));
      done(1);
    });
    child.on('exit', (code) => done(code ?? 1));
  });
  if (status !== 0 || !existsSync(jsonOut)) {
    const tail = output.join('').trim().split('\n').slice(-15).join('\n');
    console.log(`[fit] the evaluation failed (exit ${status}); its last lines:\n${tail}`);
    return null;
  }
  const summary = evalSummaryOf(JSON.parse(readFileSync(jsonOut, 'utf8')));
  if (!summary.experts && !summary.colleges) {
    console.log(
      `[fit] ${jsonOut} has no summary.experts.all.chanjiao (an older eval/run-eval.ts?)`,
    );
  }
  return summary;
}

/**
 * `matching:fit`: learns the match weights from recorded impressions and what followed them
 * (libs/matching/src/feedback), compares them with the current ones on the labelled set, and
 * writes them to a file under .data/ (or, with --write, to the file the matcher reads).
 */
export async function fitMatching(options: FitMatchingOptions): Promise<void> {
  const root = resolve(options.root ?? process.cwd());
  const url = databaseUrl();
  const dataName = `database ${decodeURIComponent(new URL(url).pathname.slice(1))}`;
  const dataSource = new DataSource(databaseOptions(url));
  await dataSource.initialize();
  let rows: FeedbackRow[];
  try {
    rows = await loadFeedback(dataSource);
  } finally {
    await dataSource.destroy();
  }
  const old = currentWeights(root);

  let fit: WeightsFit;
  try {
    fit = fitMatchWeights(rows, old.weights, {
      l2: options.l2,
      minRows: options.minRows,
      dataName,
    });
  } catch (error) {
    if (!(error instanceof FitRefused)) throw error;
    console.log(`[fit] not fitted: ${error.message}`);
    process.exitCode = 1;
    return;
  }
  console.log(
    `[fit] ${rows.length} impressions in ${dataName}: ${fit.labelled} labelled in the top 5 ` +
      `(${fit.positives} positive, ${fit.negatives} negative); left out: ${fit.neutral} neutral, ` +
      `${fit.belowTop5} never in the top 5; L2 ${options.l2}` +
      (fit.converged ? '' : ' (did not converge: treat with care)'),
  );
  console.log('');
  console.log(weightsTable(old.weights, fit));
  console.log('');

  const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
  const dir = join(root, '.data', 'match-weights');
  mkdirSync(dir, { recursive: true });
  const out = resolve(root, options.out ?? join(dir, `fit-${stamp}.json`));
  writeFileSync(out, toJson(fit.weights));
  console.log(`[fit] fitted weights written to ${relative(root, out) || out}`);

  if (options.evaluate) {
    let oldFile = old.file;
    if (!oldFile) {
      oldFile = join(dir, `current-${stamp}.json`);
      writeFileSync(oldFile, toJson(old.weights));
    }
    console.log(
      '[fit] evaluating the old weights on the labelled set (a fresh database and indexes each time)…',
    );
    const before = await evaluate(root, oldFile, join(dir, `eval-old-${stamp}.json`));
    console.log('[fit] evaluating the new weights…');
    const after = await evaluate(root, out, join(dir, `eval-new-${stamp}.json`));
    console.log('');
    console.log(evalTable(before ?? {}, after ?? {}));
    console.log('');
  }

  if (options.write) {
    const target = join(root, WEIGHTS_FILE);
    writeFileSync(target, toJson(fit.weights));
    console.log(`[fit] ${WEIGHTS_FILE} replaced: rebuild and restart the api and worker to use it`);
  } else {
    console.log(
      `[fit] ${WEIGHTS_FILE} unchanged; to use these weights: --write (or copy the file)`,
    );
  }
}
