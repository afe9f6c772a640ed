import { PickType } from '@nestjs/swagger';
import { SearchQuery } from '../query/search.query';

/** The search filters a saved search keeps: exactly the optional filters of `GET /search`. */
export const SAVED_SEARCH_FILTER_KEYS = [
  'industry',
  'district',
  'kind',
  'service',
  'availability',
  'level',
  'size',
  'providerType',
] as const satisfies readonly (keyof SearchQuery)[];

export type SavedSearchFilterKey = (typeof SAVED_SEARCH_FILTER_KEYS)[number];

/** Stored as jsonb: only the filters that are set. */
export type SavedSearchFilters = Partial<Pick<SearchQuery, SavedSearchFilterKey>>;

/** Same validators, transforms and OpenAPI schema as the filters of `GET /search`. */
export class SavedSearchFiltersDto extends PickType(SearchQuery, SAVED_SEARCH_FILTER_KEYS) {}

/** Drops unset (and null) filters so that stored filters hold values only, in a stable order. */
export function compactFilters(filters: SavedSearchFiltersDto): SavedSearchFilters {
  return Object.fromEntries(
    SAVED_SEARCH_FILTER_KEYS.flatMap((key) => {
      const value: unknown = filters[key];
      return value === undefined || value === null ? [] : [[key, value]];
    }),
  ) as SavedSearchFilters;
}
