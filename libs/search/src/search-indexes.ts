import type { Settings } from 'meilisearch';

/** The searchable kinds of things; each is one Meilisearch index. */
export const SEARCH_TYPES = [
  'demands',
  'experts',
  'colleges',
  'enterprises',
  'offers',
  'projects',
] as const;
export type SearchType = (typeof SEARCH_TYPES)[number];

const RANKING = ['words', 'typo', 'proximity', 'attribute', 'sort', 'exactness'];

/**
 * Index settings, applied by the worker at start and by the reindex. Searchable attributes are in
 * priority order; `terms` (jieba search-mode sub-words) comes last: it only adds recall.
 */
export const INDEX_SETTINGS: Record<SearchType, Settings> = {
  demands: {
    searchableAttributes: [
      'title',
      'skills',
      'tags',
      'industryName',
      'organizationName',
      'description',
      'terms',
    ],
    filterableAttributes: [
      'kind',
      'industryPrefixes',
      'industrySection',
      'district',
      'organizationId',
      // Saved-search alerts ask whether one new demand satisfies a search.
      'id',
    ],
    sortableAttributes: ['publishedAt', 'deadline'],
  },
  experts: {
    searchableAttributes: [
      'name',
      'fields',
      'skills',
      'title',
      'industryNames',
      'affiliation',
      'bio',
      'terms',
    ],
    filterableAttributes: [
      'services',
      'availability',
      'district',
      'industryPrefixes',
      'industrySections',
    ],
    sortableAttributes: ['createdAt'],
  },
  colleges: {
    searchableAttributes: ['name', 'majorNames', 'researchTitles', 'tags', 'description', 'terms'],
    filterableAttributes: [
      'level',
      'district',
      'majorCodes',
      'industryPrefixes',
      'industrySections',
    ],
    sortableAttributes: ['createdAt'],
  },
  enterprises: {
    searchableAttributes: ['name', 'industryName', 'tags', 'description', 'terms'],
    filterableAttributes: ['industryPrefixes', 'industrySection', 'size', 'district'],
    sortableAttributes: ['createdAt'],
  },
  offers: {
    searchableAttributes: [
      'title',
      'fields',
      'tags',
      'providerName',
      'industryNames',
      'description',
      'terms',
    ],
    filterableAttributes: ['kind', 'providerType', 'industryPrefixes', 'industrySections'],
    sortableAttributes: ['createdAt'],
  },
  projects: {
    searchableAttributes: ['title', 'partnerNames', 'terms'],
    filterableAttributes: ['kind', 'status', 'partnerIds'],
    sortableAttributes: ['createdAt', 'startDate'],
  },
};

export const COMMON_SETTINGS: Settings = {
  rankingRules: RANKING,
  displayedAttributes: ['*'],
  pagination: { maxTotalHits: 1000 },
  faceting: { maxValuesPerFacet: 100 },
  // Nothing calls facet search (value lookup inside a facet); building its structures was up to
  // ~200 ms of every one-document indexing batch (docs/benchmarks.md, lag stages).
  facetSearch: false,
};

/** Index uid for a type under this deployment's prefix (one prefix per test run). */
export function indexUid(prefix: string, type: SearchType): string {
  return `${prefix}_${type}`;
}
