/** The connection's enums, apart from the entity: importing them pulls no TypeORM. */
export enum CandidateType {
  Expert = 'expert',
  College = 'college',
}

/** Who made the first move: the candidate (an interest) or the enterprise (an invitation). */
export enum ConnectionInitiator {
  Candidate = 'candidate',
  Enterprise = 'enterprise',
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
