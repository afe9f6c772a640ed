// Scheduled upkeep across contexts: the daily pruning of rows past their retention (ADR 0011).
export { MAINTENANCE_QUEUE, PRUNE_SCHEDULER_ID } from './maintenance.queue';
export { MaintenanceWorkerModule } from './maintenance-worker.module';
export { PruningModule } from './pruning.module';
export { PruningScheduler } from './pruning-scheduler';
export { type PruneReport, Pruning, summaryLine } from './pruning.service';
