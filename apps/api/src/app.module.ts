import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { DemandsModule } from '@app/demands';
import { ExpertsModule } from '@app/experts';
import { IdentityModule, JwtAuthGuard } from '@app/identity';
import { OnboardingModule } from '@app/onboarding';
import { OrganizationsModule } from '@app/organizations';
import { ReferenceModule } from '@app/reference';
import {
  AppConfigModule,
  DatabaseModule,
  LoggingModule,
  MeilisearchModule,
  OutboxModule,
  RedisModule,
} from '@app/shared';
import { HealthController } from './health/health.controller';
import { HealthService } from './health/health.service';
import { MeController } from './me.controller';

/** The HTTP app: composes the bounded contexts; every route needs a token unless @Public. */
@Module({
  imports: [
    AppConfigModule,
    LoggingModule,
    DatabaseModule,
    RedisModule,
    MeilisearchModule,
    OutboxModule,
    ReferenceModule,
    IdentityModule,
    OrganizationsModule,
    ExpertsModule,
    DemandsModule,
    OnboardingModule,
  ],
  controllers: [HealthController, MeController],
  providers: [HealthService, { provide: APP_GUARD, useExisting: JwtAuthGuard }],
})
export class AppModule {}
