import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { QueueModule } from '@app/shared';
import { DASHBOARD_QUEUES } from './queue-dashboard.constants';
import { QueuesController } from './queues.controller';

/** Operators' view of the queues: JSON counts and retries here, the bull-board UI in main. */
@Module({
  imports: [QueueModule, ...DASHBOARD_QUEUES.map((name) => BullModule.registerQueue({ name }))],
  controllers: [QueuesController],
})
export class QueueDashboardModule {}
