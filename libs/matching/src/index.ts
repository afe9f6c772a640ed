export * from './connections';
export { DemandMatcher, type MatchKind } from './demand-matcher.service';
export { MatchCandidate, MatchExplanation } from './match.types';
export { MATCH_WEIGHTS } from './matching-weights';
export { MatchingModule } from './matching.module';
export { Recommendations } from './recommendations.service';
export {
  DEFAULT_MATCH_WEIGHTS,
  type MatchWeights,
  MatchWeightsStore,
  parseMatchWeights,
  WEIGHTED_FEATURES,
  type WeightedFeature,
} from './scoring/match-weights';
