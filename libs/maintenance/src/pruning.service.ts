import { Inject, Injectable, Logger } from '@nestjs/common';
import { SessionPruner } from '@app/identity';
import { DeliveryPruner } from '@app/notifications';
import {
  EVENT_ROUTES,
  type EventRoute,
  OutboxPruner,
  type PruneCount,
  type PruneOptions,
} from '@app/shared';

/** What one run deleted (or, dry, would delete), per table. */
export interface PruneReport {
  dryRun: boolean;
  tables: PruneCount[];
  total: number;
  ms: number;
}

/**
 * One pruning run over every context's tables (ADR 0011): each context prunes its own (the shared
 * kernel the outbox, identity the sessions, notifications the delivery logs); this only calls
 * them in turn and reports. Deletes go in short batches, so a run can overlap normal traffic,
 * and a second run at the same time (the CLI during the worker's) only finds less to do.
 */
@Injectable()
export class Pruning {
  private readonly logger = new Logger(Pruning.name);

  constructor(
    private readonly outbox: OutboxPruner,
    private readonly sessions: SessionPruner,
    private readonly deliveries: DeliveryPruner,
    @Inject(EVENT_ROUTES) private readonly routes: readonly EventRoute[],
  ) {}

  async run(options: PruneOptions = {}): Promise<PruneReport> {
    const started = Date.now();
    const tables = [
      ...(await this.outbox.prune(this.routes, options)),
      ...(await this.sessions.prune(options)),
      ...(await this.deliveries.prune(options)),
    ];
    const report: PruneReport = {
      dryRun: options.dryRun ?? false,
      tables,
      total: tables.reduce((sum, t) => sum + t.rows, 0),
      ms: Date.now() - started,
    };
    this.logger.log(summaryLine(report));
    return report;
  }
}

/** `Pruned 1,234 rows in 2.1 s: outbox_events 1,000, …` — the run's one log line. */
export function summaryLine(report: PruneReport): string {
  const n = (x: number) => x.toLocaleString('en-US');
  const verb = report.dryRun ? 'Would prune' : 'Pruned';
  const tables = report.tables.map((t) => `${t.table} ${n(t.rows)}`).join(', ');
  return `${verb} ${n(report.total)} rows in ${(report.ms / 1000).toFixed(1)} s: ${tables}`;
}
