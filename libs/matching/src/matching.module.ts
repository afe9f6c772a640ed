import { Module } from '@nestjs/common';
import { DemandReadersModule } from '@app/demands';
import { ExpertDirectoryModule } from '@app/experts';
import { OrganizationDirectoryModule } from '@app/organizations';
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
    DemandReadersModule,
    ExpertDirectoryModule,
    OrganizationDirectoryModule,
    ConnectionsModule,
    MatchFeedbackModule,
  ],
  controllers: [MatchingController],
  providers: [CandidateSearch, CorpusStatistics, DemandMatcher, Recommendations, MatchWeightsStore],
  exports: [CorpusStatistics, DemandMatcher, Recommendations, MatchWeightsStore],
})
export class MatchingModule {}
