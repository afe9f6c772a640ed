import { Module } from '@nestjs/common';
import { DemandReadersModule } from '@app/demands';
import { ExpertDirectoryModule } from '@app/experts';
import { OrganizationDirectoryModule } from '@app/organizations';
import { CandidateSearch } from './candidate-search';
import { DemandMatcher } from './demand-matcher.service';
import { CorpusStatistics } from './query/corpus-statistics';
import { MatchWeightsStore } from './scoring/weights';

/**
 * The ranking machinery without controllers: the api's matching endpoints and the worker's
 * "a new demand fits you" fan-out both use it.
 */
@Module({
  imports: [DemandReadersModule, OrganizationDirectoryModule, ExpertDirectoryModule],
  providers: [CandidateSearch, CorpusStatistics, DemandMatcher, MatchWeightsStore],
  exports: [CandidateSearch, CorpusStatistics, DemandMatcher, MatchWeightsStore],
})
export class MatchingEngineModule {}
