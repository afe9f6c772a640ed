import { Module } from '@nestjs/common';
import { DemandsModule } from '@app/demands';
import { ExpertsModule } from '@app/experts';
import { IdentityModule } from '@app/identity';
import { MatchFeedbackModule } from '@app/matching';
import { OrganizationsModule } from '@app/organizations';
import { SearchReindexModule } from '@app/search';
import { AppConfigModule, DatabaseModule, OutboxModule, RedisModule } from '@app/shared';

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
    SearchReindexModule,
    // The seed's synthetic feedback: connections and match impressions.
    MatchFeedbackModule,
  ],
})
export class CliModule {}
