import type { SearchType } from '../search-indexes';
import type { SearchQuery } from './search.query';

const eq = (attribute: string, value: string) => `${attribute} = ${JSON.stringify(value)}`;

/** Facets returned with each result page, per index. */
export const FACETS: Record<SearchType, string[]> = {
  demands: ['kind', 'industrySection', 'district'],
  experts: ['services', 'availability', 'district', 'industrySections'],
  colleges: ['level', 'district'],
  enterprises: ['industrySection', 'size', 'district'],
  offers: ['kind', 'providerType', 'industrySections'],
  projects: ['kind', 'status'],
};

/** Meilisearch filter expressions from validated query parameters (values are quoted). */
export function searchFilters(query: SearchQuery): string[] {
  const filters: string[] = [];
  const { type } = query;
  // Documents list every level of their industries, so one equality matches C, 30, 304 or 3042
  // (colleges: the sections and divisions their majors serve).
  if (query.industry) filters.push(eq('industryPrefixes', query.industry));
  if (query.district && type !== 'offers' && type !== 'projects')
    filters.push(eq('district', query.district));
  if (query.kind && (type === 'demands' || type === 'offers' || type === 'projects'))
    filters.push(eq('kind', query.kind));
  if (query.status && type === 'projects') filters.push(eq('status', query.status));
  if (query.partnerId && type === 'projects') filters.push(eq('partnerIds', query.partnerId));
  if (query.service && type === 'experts') filters.push(eq('services', query.service));
  if (query.availability && type === 'experts')
    filters.push(eq('availability', query.availability));
  if (query.level && type === 'colleges') filters.push(eq('level', query.level));
  if (query.size && type === 'enterprises') filters.push(eq('size', query.size));
  if (query.providerType && type === 'offers') filters.push(eq('providerType', query.providerType));
  return filters;
}
