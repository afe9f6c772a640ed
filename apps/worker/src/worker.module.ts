import { Module } from '@nestjs/common';
import { NotificationsWorkerModule } from '@app/notifications';
import { SearchIndexingModule } from '@app/search';
import {
  AppConfigModule,
  DatabaseModule,
  LoggingModule,
  MeilisearchModule,
  OutboxModule,
  OutboxRelayModule,
  RedisModule,
} from '@app/shared';

/** Queue-side process: relays the outbox to the consumers' queues and runs the consumers. */
@Module({
  imports: [
    AppConfigModule,
    LoggingModule,
    DatabaseModule,
    MeilisearchModule,
    RedisModule,
    // The notifications fan-out reuses other contexts' read services, which expect it.
    OutboxModule,
    OutboxRelayModule,
    SearchIndexingModule,
    NotificationsWorkerModule,
  ],
})
export class WorkerModule {}
