import { Module } from '@nestjs/common';
import { ReportsWorkerModule } from '@app/insight';
import { MaintenanceWorkerModule } from '@app/maintenance';
import { NotificationsWorkerModule } from '@app/notifications';
import { SearchIndexingModule } from '@app/search';
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
import { RELAYED_ROUTES, SEARCH_SOURCES_OPTIONS } from './relayed-routes';

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
    OutboxRelayModule.forRoutes(RELAYED_ROUTES),
    SearchIndexingModule.withSources(SEARCH_SOURCES_OPTIONS),
    NotificationsWorkerModule,
    // The daily pruning of rows past their retention (ADR 0011).
    MaintenanceWorkerModule.forRoutes(RELAYED_ROUTES),
    // The yearly reports requested through the api (DOCX and PDF; ADR 0021).
    ReportsWorkerModule,
    // Fails the boot unless every queue has exactly one processor handling exactly its jobs.
    JobRegistryModule,
  ],
})
export class WorkerModule {}
