export { MatchFeedbackModule } from './feedback.module';
export {
  ImpressionRecorder,
  type ListSubject,
  type ShownCandidate,
  TOP_SHOWN,
} from './impression-recorder.service';
export {
  type FeedbackLabel,
  IGNORED_AFTER_DAYS,
  IGNORED_MIN_TOP5_SHOWINGS,
  labelOf,
  type PairOutcome,
} from './labels';
export {
  fitLogistic,
  type LogisticFit,
  type LogisticOptions,
  sigmoid,
} from './logistic-regression';
export { ImpressionCandidate, ImpressionSubject, MatchImpression } from './match-impression.entity';
export { type FeedbackRow, loadFeedback } from './training-set';
