import type { SearchType } from '../search-indexes';

/** Aggregate types the indexes are built from, as outbox events and `DocumentLoader` name them. */
export type ReindexType = 'organization' | 'expert' | 'demand' | 'offer';

/** Counts and pages an aggregate's ids: each owning context's read port answers both. */
export interface AggregateIds {
  count(): Promise<number>;
  idsAfter(after: string | null, limit: number): Promise<string[]>;
}

/** An aggregate the search indexes are built from. */
export interface ReindexSource {
  type: ReindexType;
  label: string;
  /** Indexes a page of this aggregate feeds; its other changes are cascades (see CASCADED). */
  feeds: readonly SearchType[];
}

/** Parents first: their pages cascade to demands and offers, which then need not be read twice. */
export const REINDEX_SOURCES: readonly ReindexSource[] = [
  {
    type: 'organization',
    label: 'organizations',
    feeds: ['enterprises', 'colleges'],
  },
  { type: 'expert', label: 'experts', feeds: ['experts'] },
  { type: 'demand', label: 'demands', feeds: ['demands'] },
  { type: 'offer', label: 'offers', feeds: ['offers'] },
];

/** The indexes a parent's page also fills, through `DocumentLoader`'s cascade. */
export const CASCADED: readonly SearchType[] = ['demands', 'offers'];
