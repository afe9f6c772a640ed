import type { EntityTarget } from 'typeorm';
import { Demand, Offer } from '@app/demands';
import { Expert } from '@app/experts';
import { Organization } from '@app/organizations';
import type { SearchType } from '../search-indexes';

/** An aggregate the search indexes are built from. */
export interface ReindexSource {
  /** Aggregate type, as outbox events and `DocumentLoader` name it. */
  type: string;
  label: string;
  entity: EntityTarget<{ id: string }>;
  /** Indexes a page of this aggregate feeds; its other changes are cascades (see CASCADED). */
  feeds: readonly SearchType[];
}

/** Parents first: their pages cascade to demands and offers, which then need not be read twice. */
export const REINDEX_SOURCES: readonly ReindexSource[] = [
  {
    type: 'organization',
    label: 'organizations',
    entity: Organization,
    feeds: ['enterprises', 'colleges'],
  },
  { type: 'expert', label: 'experts', entity: Expert, feeds: ['experts'] },
  { type: 'demand', label: 'demands', entity: Demand, feeds: ['demands'] },
  { type: 'offer', label: 'offers', entity: Offer, feeds: ['offers'] },
];

/** The indexes a parent's page also fills, through `DocumentLoader`'s cascade. */
export const CASCADED: readonly SearchType[] = ['demands', 'offers'];
