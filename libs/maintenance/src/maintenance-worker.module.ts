import { BullModule } from '@nestjs/bullmq';
import { type DynamicModule, Module } from '@nestjs/common';
import { ProgrammesJobsModule } from '@app/programmes';
import { type EventRoute, QueueModule, Queues } from '@app/shared';
import { MilestoneCheckScheduler } from './milestone-check-scheduler';
import { MaintenanceProcessor } from './maintenance.processor';
import { PruningModule } from './pruning.module';
import { PruningScheduler } from './pruning-scheduler';

/** The worker side: the maintenance queue, its processor, the daily pruning and milestone check. */
@Module({})
export class MaintenanceWorkerModule {
  static forRoutes(routes: readonly EventRoute[]): DynamicModule {
    return {
      module: MaintenanceWorkerModule,
      imports: [
        PruningModule.forRoutes(routes),
        ProgrammesJobsModule,
        QueueModule,
        BullModule.registerQueue({ name: Queues.Maintenance }),
      ],
      providers: [MaintenanceProcessor, PruningScheduler, MilestoneCheckScheduler],
      exports: [PruningScheduler, MilestoneCheckScheduler],
    };
  }
}
