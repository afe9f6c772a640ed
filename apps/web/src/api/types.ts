/**
 * Answers whose shape the OpenAPI document does not declare yet (the statistics endpoints answer
 * plain objects): mirrors of libs/insight's PublicSummaryView and StatsSection.
 */
export interface Label {
  'zh-CN': string;
  en: string;
}

export interface PublicSummary {
  generatedAt: string;
  refreshedAt: string | null;
  headline: {
    enterprises: number;
    colleges: number;
    experts: number;
    demandsPublished: number;
    demandsConnected: number;
    matchRate: number | null;
    projects: number;
  };
}

export type StatsValue = string | number | null;

export interface StatsTable {
  key: string;
  title: Label;
  columns: { key: string; label: Label; unit?: string }[];
  rows: Record<string, StatsValue>[];
  note?: Label;
}

export interface StatsSection {
  section: string;
  filters: Record<string, string>;
  refreshedAt: string | null;
  computedAt?: string;
  tables: StatsTable[];
}

/** GET /me (apps/api/src/me.controller.ts declares no schema; its parts have one). */
export interface Me {
  user: import('./client').User;
  organizationRole: 'owner' | 'manager' | 'member' | null;
  organization: import('./schema').components['schemas']['OrganizationView'] | null;
  expertProfile: import('./schema').components['schemas']['ExpertView'] | null;
  operatorDistricts?: string[];
}
