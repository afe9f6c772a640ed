import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { ThrottlerModule } from '@nestjs/throttler';
import { AuditModule } from '@app/audit';
import { ConversationsModule } from '@app/conversations';
import { DemandsModule } from '@app/demands';
import { ExpertsModule } from '@app/experts';
import { IdentityModule, JwtAuthGuard } from '@app/identity';
import { MatchingModule } from '@app/matching';
import { NotificationsModule } from '@app/notifications';
import { ObservabilityModule } from '@app/observability';
import { OnboardingModule } from '@app/onboarding';
import { OrganizationsModule } from '@app/organizations';
import { InsightModule } from '@app/insight';
import { ProgrammesModule } from '@app/programmes';
import { ReferenceModule } from '@app/reference';
import { SearchModule } from '@app/search';
import {
  APP_CONFIG,
  type AppConfig,
  AppConfigModule,
  DatabaseModule,
  LoggingModule,
  MeilisearchModule,
  OutboxModule,
  RedisModule,
} from '@app/shared';
import { AddressThrottlerGuard } from './address-throttler.guard';
import { HealthController } from './health/health.controller';
import { HealthService } from './health/health.service';
import { MeController } from './me.controller';

/** The HTTP app: composes the bounded contexts; every route needs a token unless @Public. */
import { QueueDashboardModule } from './queue-dashboard/queue-dashboard.module';
@Module({
  imports: [
    AppConfigModule,
    LoggingModule,
    // A flood limit per client address; login has its own, stricter limit in identity.
    ThrottlerModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        throttlers: [{ ttl: 60_000, limit: config.RATE_LIMIT_PER_MINUTE }],
        skipIf: () => config.RATE_LIMIT_PER_MINUTE === 0,
      }),
    }),
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
    SearchModule,
    MatchingModule,
    NotificationsModule,
    ProgrammesModule,
    InsightModule,
    QueueDashboardModule,
    ObservabilityModule,
    AuditModule,
    ConversationsModule,
  ],
  controllers: [HealthController, MeController],
  providers: [
    HealthService,
    { provide: APP_GUARD, useClass: AddressThrottlerGuard },
    { provide: APP_GUARD, useExisting: JwtAuthGuard },
  ],
})
export class AppModule {}
