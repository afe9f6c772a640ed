export * from './connections';
export { DemandMatcher, type MatchKind, matchKindsFor } from './demand-matcher.service';
export * from './feedback';
export * from './offer-interests';
export {
  availabilityFit,
  collegeServiceFit,
  type Features,
  industryFit,
  majorFit,
  scoreOf,
  serviceFit,
} from './match-features';
export { MatchCandidate, MatchExplanation } from './match.types';
export { CorpusStatistics } from './query/corpus-statistics';
export { MatchingEngineModule } from './matching-engine.module';
export { MatchingModule } from './matching.module';
export { Recommendations } from './recommendations.service';
export {
  DEFAULT_MATCH_WEIGHTS,
  type MatchWeights,
  MatchWeightsStore,
  parseMatchWeights,
  WEIGHTED_FEATURES,
  type WeightedFeature,
} from './scoring/weights';
