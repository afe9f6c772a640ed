/** The connection's enums, apart from the entity: importing them pulls no TypeORM. */
/**
 * Who answers the demand: an expert or a college (for an enterprise's demand), an expert or an
 * enterprise (for a college's need).
 */
export enum CandidateType {
  Expert = 'expert',
  College = 'college',
  Enterprise = 'enterprise',
}

/**
 * Who made the first move: the candidate (an interest) or the demand's owner organisation (an
 * invitation), an enterprise or, for a college need, a college. Was `enterprise` until issue 11.
 */
export enum ConnectionInitiator {
  Candidate = 'candidate',
  Owner = 'owner',
}

export enum ConnectionStatus {
  Pending = 'pending',
  Connected = 'connected',
  Declined = 'declined',
  Withdrawn = 'withdrawn',
}

export enum DeclineReason {
  NotAFit = 'not_a_fit',
  CapacityFull = 'capacity_full',
  Budget = 'budget',
  Timing = 'timing',
  Other = 'other',
}
