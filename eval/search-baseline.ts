/**
 * The plain-search baseline: what a user gets from the public search endpoint
 * (`GET /api/v1/search`, the same HTTP route the api serves) by pasting the demand into the box.
 * No industry, district or service filter: a user pasting text sets none.
 */
import type { MatchKind } from '@app/matching';
import type { EvalDemand } from './matching-set';

/** SearchQuery's `@MaxLength(100)` on `q`; a longer query is answered 400, not searched. */
export const SEARCH_Q_MAX = 100;

const SEARCH_TYPE: Record<MatchKind, string> = {
  expert: 'experts',
  college: 'colleges',
  enterprise: 'enterprises',
};

/**
 * The demand's title followed by its description, cut to the endpoint's limit. Cut by code
 * points so that a character outside the BMP is never split in half; trimmed again because the
 * endpoint trims before it validates.
 */
export function pastedQuery(d: Pick<EvalDemand, 'title' | 'description'>): string {
  const text = `${d.title.trim()} ${d.description.trim()}`.trim();
  return [...text].slice(0, SEARCH_Q_MAX).join('').trim();
}

/** Ids of the first page of hits (pageSize = limit), in the endpoint's order. */
export async function plainSearch(
  apiUrl: string,
  kind: MatchKind,
  d: Pick<EvalDemand, 'key' | 'title' | 'description'>,
  limit: number,
): Promise<string[]> {
  const params = new URLSearchParams({
    type: SEARCH_TYPE[kind],
    q: pastedQuery(d),
    page: '1',
    pageSize: String(limit),
  });
  const response = await fetch(`${apiUrl}/search?${params}`);
  const body = (await response.json()) as { items?: { id: string }[] };
  // A refused query would silently score 0 for the baseline; fail loudly instead.
  if (!response.ok || !Array.isArray(body.items))
    throw new Error(
      `GET /search for ${d.key} answered ${response.status}: ${JSON.stringify(body)}`,
    );
  return body.items.slice(0, limit).map((item) => item.id);
}
