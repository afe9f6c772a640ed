import { Module } from '@nestjs/common';
import { ExpertDirectoryModule } from '@app/experts';
import { OrganizationDirectoryModule } from '@app/organizations';
import { ConnectionsModule } from './connections/connections.module';
import { ResponsivenessModule } from './connections/responsiveness.module';
import { MatchFeedbackModule } from './feedback/feedback.module';
import { OfferInterestsModule } from './offer-interests/offer-interests.module';
import { MatchingEngineModule } from './matching-engine.module';
import { MatchingController } from './matching.controller';
import { Recommendations } from './recommendations.service';

/** Ranked matches between demands and experts or colleges, with explanations (HTTP). */
@Module({
  imports: [
    MatchingEngineModule,
    ExpertDirectoryModule,
    OrganizationDirectoryModule,
    ConnectionsModule,
    ResponsivenessModule,
    MatchFeedbackModule,
    OfferInterestsModule,
  ],
  controllers: [MatchingController],
  providers: [Recommendations],
  exports: [MatchingEngineModule, Recommendations],
})
export class MatchingModule {}
