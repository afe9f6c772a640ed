import { Module } from '@nestjs/common';
import { NOTIFICATIONS_ROUTE, NotificationsWorkerModule } from '@app/notifications';
import { SEARCH_INDEX_ROUTE, SearchIndexingModule } from '@app/search';
import {
  AppConfigModule,
  DatabaseModule,
  JobRegistryModule,
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
    OutboxRelayModule.forRoutes([SEARCH_INDEX_ROUTE, NOTIFICATIONS_ROUTE]),
    SearchIndexingModule,
    NotificationsWorkerModule,
    // Fails the boot unless every queue has exactly one processor handling exactly its jobs.
    JobRegistryModule,
  ],
})
export class WorkerModule {}
