import { describe, expect, it } from '@jest/globals';
import { summaryLine } from '@app/maintenance';
import { formatPruneReport } from './prune';

const report = {
  dryRun: false,
  tables: [
    { table: 'outbox_events', rows: 12_000 },
    { table: 'auth_sessions', rows: 3 },
  ],
  total: 12_003,
  ms: 2_345,
};

describe('prune output', () => {
  it('prints one line per table and the total for operators', () => {
    expect(formatPruneReport(report)).toBe(
      [
        'Pruned in 2.3 s:',
        '  outbox_events       12,000',
        '  auth_sessions            3',
        '  total               12,003',
      ].join('\n'),
    );
    expect(formatPruneReport({ ...report, dryRun: true }).split('\n')[0]).toBe(
      'Dry run: nothing was deleted. Rows past their retention:',
    );
  });

  it('logs a run as one summary line', () => {
    expect(summaryLine(report)).toBe(
      'Pruned 12,003 rows in 2.3 s: outbox_events 12,000, auth_sessions 3',
    );
    expect(summaryLine({ ...report, dryRun: true })).toMatch(/^Would prune 12,003 rows/);
  });
});
