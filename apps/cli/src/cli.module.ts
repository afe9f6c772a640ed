import { Module } from '@nestjs/common';
import { DemandsModule } from '@app/demands';
import { ExpertsModule } from '@app/experts';
import { IdentityModule } from '@app/identity';
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
  ],
})
export class CliModule {}
