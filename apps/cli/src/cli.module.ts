import { Module } from '@nestjs/common';
import { ConversationReadersModule } from '@app/conversations';
import { DemandsModule } from '@app/demands';
import { ExpertsModule } from '@app/experts';
import { IdentityModule } from '@app/identity';
import { InsightJobsModule } from '@app/insight';
import { ReportGeneratorModule } from '@app/insight';
import { PruningModule } from '@app/maintenance';
import { MatchFeedbackModule } from '@app/matching';
import { OrganizationsModule } from '@app/organizations';
import { ProgrammesJobsModule } from '@app/programmes';
import { SearchReindexModule } from '@app/search';
import { AppConfigModule, DatabaseModule, OutboxModule, RedisModule } from '@app/shared';
import { RELAYED_ROUTES, SEARCH_SOURCES_OPTIONS } from '../../worker/src/relayed-routes';

/** What the operator commands need: the contexts, without HTTP. */
@Module({
  imports: [
    AppConfigModule,
    DatabaseModule,
    RedisModule,
    OutboxModule,
    IdentityModule,
    OrganizationsModule,
    ExpertsModule,
    DemandsModule,
    SearchReindexModule.withSources(SEARCH_SOURCES_OPTIONS),
    // The seed's synthetic feedback: connections and match impressions.
    MatchFeedbackModule,
    // The seed's demo conversations (their tables).
    ConversationReadersModule,
    // The seed's demo cooperation projects (their tables).
    ProgrammesJobsModule,
    // `insight:refresh`: the statistics' materialised views.
    InsightJobsModule,
    // `prune`: the worker's pruning run, with the routes its relay serves.
    PruningModule.forRoutes(RELAYED_ROUTES),
    // `report`: the yearly report, written to files (no queue).
    ReportGeneratorModule,
  ],
})
export class CliModule {}
