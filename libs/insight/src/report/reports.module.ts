import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { QueueModule, Queues } from '@app/shared';
import { StatsSectionsModule } from '../stats-sections.module';
import { ReportFiles } from './report-files';
import { ReportGenerator } from './report-generator';
import { ReportsController } from './reports.controller';
import { ReportsProcessor } from './reports.processor';
import { ReportsService } from './reports.service';
import { YearlyReport } from './yearly-report.entity';

const reportRows = TypeOrmModule.forFeature([YearlyReport]);
const reportsQueue = BullModule.registerQueue({ name: Queues.Reports });

/** Builds the yearly report's files from the sections: for the worker and `npm run report`. */
@Module({
  imports: [StatsSectionsModule],
  providers: [ReportGenerator],
  exports: [ReportGenerator],
})
export class ReportGeneratorModule {}

/** The api side: request a report (queued), follow its progress, download its files. */
@Module({
  imports: [reportRows, QueueModule, reportsQueue],
  controllers: [ReportsController],
  providers: [ReportsService, ReportFiles],
})
export class ReportsModule {}

/** The worker side: the reports queue's processor (it runs Chromium: see ADR 0021). */
@Module({
  imports: [ReportGeneratorModule, reportRows, QueueModule, reportsQueue],
  providers: [ReportsProcessor, ReportFiles],
})
export class ReportsWorkerModule {}
