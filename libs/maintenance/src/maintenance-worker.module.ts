import { BullModule } from '@nestjs/bullmq';
import { type DynamicModule, Module } from '@nestjs/common';
import { type EventRoute, QueueModule, Queues } from '@app/shared';
import { MaintenanceProcessor } from './maintenance.processor';
import { PruningModule } from './pruning.module';
import { PruningScheduler } from './pruning-scheduler';

/** The worker side: the maintenance queue, its processor and the daily pruning schedule. */
@Module({})
export class MaintenanceWorkerModule {
  static forRoutes(routes: readonly EventRoute[]): DynamicModule {
    return {
      module: MaintenanceWorkerModule,
      imports: [
        PruningModule.forRoutes(routes),
        QueueModule,
        BullModule.registerQueue({ name: Queues.Maintenance }),
      ],
      providers: [MaintenanceProcessor, PruningScheduler],
      exports: [PruningScheduler],
    };
  }
}
