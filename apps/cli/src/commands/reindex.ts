import type { INestApplicationContext } from '@nestjs/common';
import { type ReindexSummary, SearchReindexer } from '@app/search';

/** What the printer needs of a stream; `process.stderr` in the CLI, a fake in tests. */
export interface ProgressStream {
  isTTY?: boolean;
  write(chunk: string): unknown;
}

const count = (n: number) => n.toLocaleString('en-US');

/**
 * A progress bar redrawn in place on a terminal; elsewhere (CI, a log file) where `\r` would
 * pile up as one endless line, a plain line at each 10% step. A phase starts over when the total
 * changes or the count goes back (reading the database, then waiting for the indexing).
 */
export class ProgressPrinter {
  private total = -1;
  private done = 0;
  private step = -1;
  private line = '';

  constructor(
    private readonly out: ProgressStream,
    private readonly width = 30,
  ) {}

  update(done: number, total: number, label: string): void {
    if (total !== this.total || done < this.done) this.startPhase(total);
    this.done = done;
    // Rows added while the rebuild runs can push the count past the total counted at the start.
    const shownTotal = Math.max(done, total);
    const ratio = shownTotal > 0 ? done / shownTotal : 1;
    const percent = Math.floor(ratio * 100);
    const text = `${String(percent).padStart(3)}% ${count(done)}/${count(shownTotal)} ${label}`;
    if (this.out.isTTY) {
      const filled = Math.round(ratio * this.width);
      const line = `[${'#'.repeat(filled)}${'-'.repeat(this.width - filled)}] ${text}`;
      if (line === this.line) return;
      this.line = line;
      this.out.write(`\r${line}\x1b[K`);
    } else if (Math.floor(percent / 10) > this.step) {
      this.step = Math.floor(percent / 10);
      this.out.write(`${text}\n`);
    }
  }

  /** Ends the bar's line, so what is printed next starts on a line of its own. */
  finish(): void {
    if (this.line) this.out.write('\n');
    this.line = '';
  }

  private startPhase(total: number): void {
    this.finish();
    this.total = total;
    this.done = 0;
    this.step = -1;
  }
}

export function formatSummary(summary: ReindexSummary): string {
  const rows = Object.entries(summary.documents).map(
    ([index, n]) => `  ${index.padEnd(12)} ${count(n).padStart(10)}`,
  );
  return [
    `Search indexes rebuilt and swapped in ${summary.seconds.toFixed(1)} s:`,
    ...rows,
    `  (${count(summary.replayed)} aggregates changed during the rebuild were re-read)`,
  ].join('\n');
}

/** `search:reindex`: rebuilds every index from PostgreSQL; search stays up throughout. */
export async function reindexSearch(app: INestApplicationContext): Promise<void> {
  // Progress on stderr, the summary on stdout: the summary can be piped or captured alone.
  const progress = new ProgressPrinter(process.stderr);
  let summary: ReindexSummary;
  try {
    summary = await app
      .get(SearchReindexer)
      .reindex({ onProgress: (done, total, label) => progress.update(done, total, label) });
  } finally {
    progress.finish();
  }
  console.log(formatSummary(summary));
}
