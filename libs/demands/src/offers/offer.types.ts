/** The offer's enums, apart from the entity so that importing them pulls no TypeORM. */
export enum OfferKind {
  ResearchResult = 'research_result',
  TrainingProgramme = 'training_programme',
  ConsultingService = 'consulting_service',
}

export enum OfferProvider {
  College = 'college',
  Expert = 'expert',
}

export enum OfferStatus {
  Active = 'active',
  Archived = 'archived',
}
