/** Shapes of the demo city's seed data; they mirror the create DTOs of each context. */
export type EnterpriseSizeValue = 'micro' | 'small' | 'medium' | 'large';
export type CollegeLevelValue = '中职' | '高职' | '本科' | '技工';
export type ExpertServiceValue = 'consulting' | 'rnd' | 'part_time_teaching';
export type AvailabilityValue = 'available' | 'limited' | 'unavailable';
export type DemandKindValue = 'talent' | 'rnd' | 'training' | 'teacher_practice';
export type DemandStatusValue = 'draft' | 'open' | 'closed';
export type CloseReasonValue = 'filled' | 'expired' | 'withdrawn';
export type OfferKindValue = 'research_result' | 'training_programme' | 'consulting_service';

export interface SeedEnterprise {
  key: string;
  name: string;
  creditCode: string;
  industryCode: string;
  size: EnterpriseSizeValue;
  district: string;
  description: string;
  tags: string[];
  status: 'verified' | 'pending' | 'rejected';
  rejectionReason?: string;
}

export interface SeedCollege {
  key: string;
  name: string;
  level: CollegeLevelValue;
  district: string;
  description: string;
  tags: string[];
  majors: {
    code: string;
    name: string;
    annualIntake: number;
    annualGraduates: number;
    openedYear: number;
    closedYear?: number;
  }[];
  trainingCapacity: number;
  studentCount: number;
  researchResults: { title: string; year: number; summary: string }[];
  status: 'verified' | 'pending';
}

export interface SeedExpert {
  key: string;
  name: string;
  title: string;
  affiliation: string;
  district: string;
  industryCodes: string[];
  fields: string[];
  skills: string[];
  services: ExpertServiceValue[];
  availability: AvailabilityValue;
  bio: string;
  isPublic: boolean;
  contact: { phone: string; email: string };
}

export interface SeedDemand {
  key: string;
  enterpriseKey: string;
  kind: DemandKindValue;
  title: string;
  description: string;
  industryCode: string;
  district: string;
  tags: string[];
  skills: string[];
  deadline: string | null;
  details: Record<string, unknown>;
  status: DemandStatusValue;
  closeReason?: CloseReasonValue;
  publishedDaysAgo: number;
}

/** A college's need (兼职教师, 企业导师, 实习基地, 共建): a demand its college posts. */
export interface SeedCollegeNeed {
  key: string;
  collegeKey: string;
  kind: 'part_time_teacher' | 'enterprise_mentor' | 'internship_base' | 'co_building';
  title: string;
  description: string;
  industryCode: string;
  district: string;
  tags: string[];
  skills: string[];
  deadline: string | null;
  details: Record<string, unknown>;
  status: 'open' | 'draft';
  publishedDaysAgo: number;
}

export interface SeedOffer {
  key: string;
  provider: { collegeKey: string } | { expertKey: string };
  kind: OfferKindValue;
  title: string;
  description: string;
  fields: string[];
  tags: string[];
  industryCodes: string[];
}

export interface CityData {
  enterprises: SeedEnterprise[];
  colleges: SeedCollege[];
  experts: SeedExpert[];
  demands: SeedDemand[];
  collegeNeeds: SeedCollegeNeed[];
  offers: SeedOffer[];
}
