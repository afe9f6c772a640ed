// Scheduled upkeep across contexts: the daily pruning of rows past their retention (ADR 0011).
export {
  MAINTENANCE_QUEUE,
  MILESTONE_CHECK_HOUR,
  MILESTONES_SCHEDULER_ID,
  PARTNERSHIP_CHECK_HOUR,
  INSIGHT_REFRESH_SCHEDULER_ID,
  PARTNERSHIPS_SCHEDULER_ID,
  PRUNE_SCHEDULER_ID,
} from './maintenance.queue';
export { MaintenanceWorkerModule } from './maintenance-worker.module';
export { PruningModule } from './pruning.module';
export { MaintenanceSchedules, SCHEDULES } from './maintenance-schedules';
export { type PruneReport, Pruning, summaryLine } from './pruning.service';
