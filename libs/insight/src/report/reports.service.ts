import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Queue } from 'bullmq';
import { In, MoreThan, type Repository } from 'typeorm';
import { DomainError, JobProducer, Queues, withTimeout } from '@app/shared';
import { reportFileName } from './report-model';
import { ReportFiles, type ReportFormat } from './report-files';
import type { ReportAcceptedDto, ReportStatusDto } from './reports.dto';
import { REPORTS_QUEUE, reportJobId } from './reports.queue';
import { YearlyReport } from './yearly-report.entity';

/** BullMQ waits for Redis indefinitely; past this the request fails instead of hanging. */
const REDIS_TIMEOUT_MS = 3_000;
/**
 * A pending report older than this is not reused: its job was probably lost (Redis data loss), and
 * a report takes seconds, so a queue this long means something is wrong.
 */
const REUSE_PENDING_MS = 30 * 60_000;

/** Requests reports (queued for the worker), tells their progress and opens their files. */
@Injectable()
export class ReportsService {
  private readonly jobs: JobProducer<typeof REPORTS_QUEUE>;

  constructor(
    @InjectRepository(YearlyReport) private readonly reports: Repository<YearlyReport>,
    @InjectQueue(Queues.Reports) queue: Queue,
    private readonly files: ReportFiles,
  ) {
    this.jobs = new JobProducer(REPORTS_QUEUE, queue);
  }

  /**
   * Queues a report of `year`; a recent report of that year still queued or running is answered
   * instead, so a second click does not build the same report twice.
   */
  async request(year: number, requestedBy: string): Promise<ReportAcceptedDto> {
    const pending = await this.reports.findOneBy({
      year,
      state: In(['queued', 'running']),
      createdAt: MoreThan(new Date(Date.now() - REUSE_PENDING_MS)),
    });
    if (pending) return { id: pending.id, state: pending.state };
    const report = await this.reports.save(this.reports.create({ year, requestedBy }));
    try {
      await withTimeout(
        this.jobs.add(
          'generate',
          { reportId: report.id },
          { jobId: reportJobId(report.id), attempts: 1 },
        ),
        REDIS_TIMEOUT_MS,
      );
    } catch (error) {
      await this.reports.delete(report.id);
      throw error;
    }
    return { id: report.id, state: report.state };
  }

  async status(id: string): Promise<ReportStatusDto> {
    const r = await this.find(id);
    const files: ReportStatusDto['files'] = {};
    if (r.state === 'done') {
      for (const [format, bytes] of [
        ['docx', r.docxBytes],
        ['pdf', r.pdfBytes],
      ] as const) {
        files[format] = {
          path: `/api/v1/reports/${r.id}/download?format=${format}`,
          bytes: bytes ?? 0,
        };
      }
    }
    return {
      id: r.id,
      year: r.year,
      state: r.state,
      percent: r.percent,
      chapter: r.chapter,
      error: r.error,
      files,
      createdAt: r.createdAt,
      startedAt: r.startedAt,
      finishedAt: r.finishedAt,
    };
  }

  /** The file of a finished report: 404 for an unknown report, 409 REPORT_NOT_READY before. */
  async open(id: string, format: ReportFormat) {
    const report = await this.find(id);
    if (report.state !== 'done') {
      throw DomainError.conflict(
        'REPORT_NOT_READY',
        `The report is ${report.state} (${report.percent}%); download it when it is done`,
      );
    }
    return {
      fileName: reportFileName(report.year, format),
      asciiName: `report-${report.year}.${format}`,
      bytes: format === 'docx' ? report.docxBytes : report.pdfBytes,
      stream: await this.files.open(id, format),
    };
  }

  private async find(id: string): Promise<YearlyReport> {
    const report = await this.reports.findOneBy({ id });
    if (!report) throw DomainError.notFound('Report');
    return report;
  }
}
