import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Demand, Offer } from '@app/demands';
import { Expert } from '@app/experts';
import { Organization, OrganizationsModule } from '@app/organizations';
import { CandidateSearch } from './candidate-search';
import { ConnectionsModule } from './connections/connections.module';
import { DemandMatcher } from './demand-matcher.service';
import { MatchFeedbackModule } from './feedback/feedback.module';
import { MatchingController } from './matching.controller';
import { Recommendations } from './recommendations.service';
import { CorpusStatistics } from './query/corpus-statistics';
import { MatchWeightsStore } from './scoring/weights';

/** Ranked matches between demands and experts or colleges, with explanations. */
@Module({
  imports: [
    TypeOrmModule.forFeature([Demand, Offer, Expert, Organization]),
    OrganizationsModule,
    ConnectionsModule,
    MatchFeedbackModule,
  ],
  controllers: [MatchingController],
  providers: [CandidateSearch, CorpusStatistics, DemandMatcher, Recommendations, MatchWeightsStore],
  exports: [CorpusStatistics, DemandMatcher, Recommendations, MatchWeightsStore],
})
export class MatchingModule {}
