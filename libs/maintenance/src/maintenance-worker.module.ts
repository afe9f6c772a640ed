import { BullModule } from '@nestjs/bullmq';
import { type DynamicModule, Module } from '@nestjs/common';
import { InsightJobsModule } from '@app/insight';
import { ProgrammesJobsModule } from '@app/programmes';
import { type EventRoute, QueueModule, Queues } from '@app/shared';
import { MaintenanceProcessor } from './maintenance.processor';
import { PruningModule } from './pruning.module';
import { MaintenanceSchedules } from './maintenance-schedules';

/** The worker side: the maintenance queue, its processor and its recurring jobs (SCHEDULES). */
@Module({})
export class MaintenanceWorkerModule {
  static forRoutes(routes: readonly EventRoute[]): DynamicModule {
    return {
      module: MaintenanceWorkerModule,
      imports: [
        PruningModule.forRoutes(routes),
        ProgrammesJobsModule,
        InsightJobsModule,
        QueueModule,
        BullModule.registerQueue({ name: Queues.Maintenance }),
      ],
      providers: [MaintenanceProcessor, MaintenanceSchedules],
      exports: [MaintenanceSchedules],
    };
  }
}
