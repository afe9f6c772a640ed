import type { Expert } from '../expert.entity';
import type { Availability, ExpertContact, ExpertService } from '../expert.types';

/** An expert profile as other contexts read it: a plain, read-only copy without the contacts. */
export interface ExpertRecord {
  readonly id: string;
  /** The expert's own account; null for onboarded profiles not yet claimed. */
  readonly userId: string | null;
  readonly name: string;
  readonly title: string;
  readonly affiliation: string;
  readonly district: string;
  readonly industryCodes: readonly string[];
  readonly fields: readonly string[];
  readonly skills: readonly string[];
  readonly services: readonly ExpertService[];
  readonly availability: Availability;
  readonly bio: string;
  readonly isPublic: boolean;
  readonly version: number;
  readonly createdAt: Date;
  readonly updatedAt: Date;
}

/** Private contact details: only for parties that earned them (a connected match). */
export interface ExpertContactRecord {
  readonly id: string;
  readonly name: string;
  readonly contact: Readonly<ExpertContact>;
}

export function toExpertRecord(e: Expert): ExpertRecord {
  return {
    id: e.id,
    userId: e.userId,
    name: e.name,
    title: e.title,
    affiliation: e.affiliation,
    district: e.district,
    industryCodes: [...e.industryCodes],
    fields: [...e.fields],
    skills: [...e.skills],
    services: [...e.services],
    availability: e.availability,
    bio: e.bio,
    isPublic: e.isPublic,
    version: e.version,
    createdAt: e.createdAt,
    updatedAt: e.updatedAt,
  };
}
