import { Processor } from '@nestjs/bullmq';
import { InsightRefresher } from '@app/insight';
import { OverdueMilestones, StalledPartnerships } from '@app/programmes';
import { type JobHandlers, JobProcessor, jobWorkerOptions } from '@app/shared';
import { MAINTENANCE_QUEUE } from './maintenance.queue';
import { Pruning } from './pruning.service';

/** Consumes the maintenance queue: the scheduled pruning run and the overdue-milestone check. */
// Started by JobRegistryCheck once the registry is consistent.
@Processor(MAINTENANCE_QUEUE.name, jobWorkerOptions({ concurrency: 1 }))
export class MaintenanceProcessor extends JobProcessor<typeof MAINTENANCE_QUEUE> {
  readonly definition = MAINTENANCE_QUEUE;
  readonly handlers: JobHandlers<typeof MAINTENANCE_QUEUE> = {
    // The report is the job's return value (visible in the queue dashboard).
    prune: () => this.pruning.run({ signal: this.stop.signal }),
    // The report (the local date and how many were found) is the job's return value.
    milestones_overdue: () => this.overdue.check(new Date()),
    // Pairs newly found stalled (told once) and pairs recovered.
    partnerships_stalled: () => this.stalled.check(new Date()),
    // The views refreshed and how long each took.
    insight_refresh: () => this.insight.refresh(),
  };
  private stop = new AbortController();

  constructor(
    private readonly pruning: Pruning,
    private readonly overdue: OverdueMilestones,
    private readonly stalled: StalledPartnerships,
    private readonly insight: InsightRefresher,
  ) {
    super();
  }

  /** At shutdown a run stops after its current batch; the next run goes on from there. */
  protected override cutRunningJobs(): void {
    this.stop.abort(new Error('The worker is shutting down'));
    this.stop = new AbortController();
  }
}
