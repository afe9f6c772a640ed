/** Both languages of a label (zh-CN first, as the product is). */
export interface Label {
  'zh-CN': string;
  en: string;
}

export interface StatsColumn {
  key: string;
  label: Label;
  /** 人, 家, 元, %, 天…: how the value reads; absent for names and codes. */
  unit?: string;
}

export type StatsValue = string | number | null;

/**
 * One table of the dashboard: what the API answers, what the exports write and what the report
 * prints, so the three never disagree.
 */
export interface StatsTable {
  key: string;
  title: Label;
  columns: StatsColumn[];
  rows: Record<string, StatsValue>[];
  /** How the figures were computed, in a sentence (shown under the table and in the files). */
  note?: Label;
}

/** A section of the dashboard: its tables, the filters applied and when its data was computed. */
export interface StatsSection {
  section: string;
  filters: Record<string, string>;
  /** When the materialised data behind it was last refreshed (null: computed live). */
  refreshedAt: string | null;
  /** When this answer was computed (answers are kept for INSIGHT_CACHE_SECONDS). */
  computedAt?: string;
  tables: StatsTable[];
}

/** A ratio in percent with one decimal, or null when the whole is zero. */
export function percent(part: number, whole: number): number | null {
  return whole > 0 ? Math.round((part / whole) * 1000) / 10 : null;
}
