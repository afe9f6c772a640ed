/** The offer interest's enums, apart from the entity: importing them pulls no TypeORM. */
export enum OfferInterestStatus {
  Pending = 'pending',
  Connected = 'connected',
  Declined = 'declined',
  Withdrawn = 'withdrawn',
}

/** Who provides the offer: an expert, or a college (its research results, training). */
export enum OfferOwnerType {
  Expert = 'expert',
  College = 'college',
}
