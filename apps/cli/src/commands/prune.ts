import type { INestApplicationContext } from '@nestjs/common';
import { type PruneReport, Pruning } from '@app/maintenance';

const count = (n: number) => n.toLocaleString('en-US');

/** The operator's table: one line per table, then the total. */
export function formatPruneReport(report: PruneReport): string {
  const width = Math.max(...report.tables.map((t) => t.table.length), 'total'.length);
  const rows = report.tables.map((t) => `  ${t.table.padEnd(width)} ${count(t.rows).padStart(12)}`);
  return [
    report.dryRun
      ? 'Dry run: nothing was deleted. Rows past their retention:'
      : `Pruned in ${(report.ms / 1000).toFixed(1)} s:`,
    ...rows,
    `  ${'total'.padEnd(width)} ${count(report.total).padStart(12)}`,
  ].join('\n');
}

/** `prune [--dry-run]`: what the worker's daily pruning does, now (ADR 0011). */
export async function prune(app: INestApplicationContext, dryRun: boolean): Promise<void> {
  const report = await app.get(Pruning).run({ dryRun });
  console.log(formatPruneReport(report));
}
