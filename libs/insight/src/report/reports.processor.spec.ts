import { describe, expect, it } from '@jest/globals';
import type { Job } from 'bullmq';
import type { Repository } from 'typeorm';
import type { ReportFiles } from './report-files';
import type { ReportGenerator, ReportProgress } from './report-generator';
import { ReportsProcessor } from './reports.processor';
import type { YearlyReport } from './yearly-report.entity';

const ID = '11111111-1111-4111-8111-111111111111';

/** The processor over an in-memory row, a fake generator and fake files. */
function setUp(generate: ReportGenerator['generate']) {
  const row = { id: ID, year: 2026, state: 'queued' } as YearlyReport;
  const reports = {
    findOneBy: async () => ({ ...row }),
    update: async (_id: string, values: Partial<YearlyReport>) => {
      Object.assign(row, values);
      return undefined;
    },
  } as unknown as Repository<YearlyReport>;
  const saved: string[] = [];
  const files = {
    save: async (id: string, format: string, data: Buffer) => {
      saved.push(`${id}.${format}:${data.toString()}`);
    },
  } as unknown as ReportFiles;
  const processor = new ReportsProcessor(reports, { generate } as ReportGenerator, files);
  const progress: unknown[] = [];
  const job = {
    name: 'generate',
    data: { reportId: ID },
    updateProgress: async (p: unknown) => {
      progress.push(p);
    },
  } as unknown as Job;
  return { row, saved, progress, run: () => processor.process(job) };
}

describe('ReportsProcessor', () => {
  it('records the progress, saves both files and marks the report done', async () => {
    const { row, saved, progress, run } = setUp(async (_year, onProgress) => {
      await onProgress?.({ percent: 27, chapter: '一、产业需求' } satisfies ReportProgress);
      return { model: {} as never, docx: Buffer.from('D'), pdf: Buffer.from('PP') };
    });
    await run();
    expect(progress).toContainEqual({ percent: 27, chapter: '一、产业需求' });
    expect(saved).toEqual([`${ID}.docx:D`, `${ID}.pdf:PP`]);
    expect(row).toMatchObject({
      state: 'done',
      percent: 100,
      chapter: null,
      docxBytes: 1,
      pdfBytes: 2,
    });
    expect(row.finishedAt).toBeInstanceOf(Date);
  });

  it('records why a report failed, and fails the job', async () => {
    const { row, saved, run } = setUp(async () => {
      throw new Error('Failed to launch chromium');
    });
    await expect(run()).rejects.toThrow('Failed to launch chromium');
    expect(row).toMatchObject({ state: 'failed', error: 'Failed to launch chromium' });
    expect(saved).toEqual([]);
  });
});
