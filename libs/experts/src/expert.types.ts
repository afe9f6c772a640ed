/** The expert profile's enums and shapes, apart from the entity: importing them pulls no TypeORM. */
export enum ExpertService {
  Consulting = 'consulting',
  Rnd = 'rnd',
  PartTimeTeaching = 'part_time_teaching',
}

export enum Availability {
  Available = 'available',
  Limited = 'limited',
  Unavailable = 'unavailable',
}

/** Private: shown only to the expert and admins (and, later, to connected partners). */
export interface ExpertContact {
  phone?: string;
  email?: string;
  wechat?: string;
}
