import { InjectRepository } from '@nestjs/typeorm';
import { Processor } from '@nestjs/bullmq';
import type { Job } from 'bullmq';
import type { Repository } from 'typeorm';
import { type JobHandlers, JobProcessor, jobWorkerOptions } from '@app/shared';
import { ReportFiles } from './report-files';
import { ReportGenerator, type ReportProgress } from './report-generator';
import { type GenerateReportJob, REPORTS_QUEUE } from './reports.queue';
import { YearlyReport } from './yearly-report.entity';

/**
 * Builds the requested reports, one at a time (each runs a Chromium), recording the progress on
 * the row the api reads. A failure is recorded on the row too: the admin asks again.
 */
// Started by JobRegistryCheck once the registry is consistent.
@Processor(REPORTS_QUEUE.name, jobWorkerOptions({ concurrency: 1 }))
export class ReportsProcessor extends JobProcessor<typeof REPORTS_QUEUE> {
  readonly definition = REPORTS_QUEUE;
  readonly handlers: JobHandlers<typeof REPORTS_QUEUE> = {
    generate: (job) => this.generate(job),
  };
  // A report takes seconds; let the one running finish rather than redo it after a restart.
  protected override readonly shutdownGraceMs = 30_000;

  constructor(
    @InjectRepository(YearlyReport) private readonly reports: Repository<YearlyReport>,
    private readonly generator: ReportGenerator,
    private readonly files: ReportFiles,
  ) {
    super();
  }

  private async generate(job: Job<GenerateReportJob>): Promise<unknown> {
    const { reportId } = job.data;
    const report = await this.reports.findOneBy({ id: reportId });
    // Deleted, or done by an earlier run of a job retried after a crash.
    if (!report || report.state === 'done') return { reportId, skipped: true };
    await this.reports.update(reportId, {
      state: 'running',
      percent: 0,
      startedAt: new Date(),
      error: null,
    });
    const onProgress = async ({ percent, chapter }: ReportProgress) => {
      await this.reports.update(reportId, { percent, chapter });
      await job.updateProgress({ percent, chapter });
    };
    try {
      const started = Date.now();
      const { docx, pdf } = await this.generator.generate(report.year, onProgress);
      await onProgress({ percent: 95, chapter: '保存文件' });
      await this.files.save(reportId, 'docx', docx);
      await this.files.save(reportId, 'pdf', pdf);
      await this.reports.update(reportId, {
        state: 'done',
        percent: 100,
        chapter: null,
        docxBytes: docx.length,
        pdfBytes: pdf.length,
        finishedAt: new Date(),
      });
      return { reportId, year: report.year, ms: Date.now() - started };
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      await this.reports.update(reportId, {
        state: 'failed',
        error: message.slice(0, 1000),
        finishedAt: new Date(),
      });
      throw error;
    }
  }
}
