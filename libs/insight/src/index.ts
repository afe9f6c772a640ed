// The city's view (issue 13, ADR 0020).
export { InsightJobsModule, InsightModule } from './insight.module';
export {
  InsightRefresher,
  MATERIALISED_VIEWS,
  type RefreshReport,
} from './refresh/insight-refresher';
export { resolveScope, cityScope, type StatsScope } from './scope/stats-scope';
export { StatsQuery } from './scope/stats-query.dto';
export { STATS_SECTIONS, type StatsSectionName, StatsSections } from './stats-sections';
export type {
  Label,
  StatsColumn,
  StatsSection,
  StatsTable,
  StatsValue,
} from './tables/stats-table';
export { type ExportFormat, writeTable } from './tables/table-export';
export { StatsSectionsModule } from './stats-sections.module';
export { ReportGeneratorModule, ReportsModule, ReportsWorkerModule } from './report/reports.module';
export { ReportGenerator, type ReportProgress } from './report/report-generator';
export { reportFileName } from './report/report-model';
export { REPORTS_QUEUE } from './report/reports.queue';
// How the server launches Debian's Chromium (ADR 0021); the console's browser test does the same.
export { CHROMIUM_ARGS, chromiumPath } from './report/report-pdf';
