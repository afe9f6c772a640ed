/**
 * The naive baseline: PostgreSQL ILIKE keyword search over the same rows. A candidate's score is
 * the number of the demand's keywords found in its text; ties by id; only candidates with at least
 * one keyword are results.
 */
import type { DataSource } from 'typeorm';
import type { MatchKind } from '@app/matching';
import { queryTerms } from '@app/search';
import type { EvalDemand } from './matching-set';

/** LIKE pattern for a keyword, with the wildcard characters escaped. */
const likePattern = (word: string) => `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** The baseline's keywords: the title's jieba search words plus the skills, without repeats. */
export function baselineKeywords(d: Pick<EvalDemand, 'title' | 'skills'>): string[] {
  const words = queryTerms(d.title).split(' ').filter(Boolean);
  return [...new Set([...words, ...d.skills.map((s) => s.trim()).filter(Boolean)])];
}

const BASELINE_SQL: Record<MatchKind, string> = {
  expert: `
    SELECT e.id, (
      SELECT count(*) FROM unnest($1::text[]) AS k(p)
      WHERE e.name ILIKE k.p OR array_to_string(e.fields, ' ') ILIKE k.p
        OR array_to_string(e.skills, ' ') ILIKE k.p OR e.bio ILIKE k.p
    ) AS hits
    FROM experts e WHERE e.is_public
    ORDER BY hits DESC, e.id LIMIT $2`,
  college: `
    SELECT o.id, (
      SELECT count(*) FROM unnest($1::text[]) AS k(p)
      WHERE o.name ILIKE k.p OR o.description ILIKE k.p
        OR coalesce(o.majors::text, '') ILIKE k.p OR coalesce(o.research_results::text, '') ILIKE k.p
    ) AS hits
    FROM organizations o WHERE o.kind = 'college' AND o.status = 'verified'
    ORDER BY hits DESC, o.id LIMIT $2`,
  enterprise: `
    SELECT o.id, (
      SELECT count(*) FROM unnest($1::text[]) AS k(p)
      WHERE o.name ILIKE k.p OR o.description ILIKE k.p OR array_to_string(o.tags, ' ') ILIKE k.p
    ) AS hits
    FROM organizations o WHERE o.kind = 'enterprise' AND o.status = 'verified'
    ORDER BY hits DESC, o.id LIMIT $2`,
};

export async function baseline(
  ds: DataSource,
  kind: MatchKind,
  d: Pick<EvalDemand, 'title' | 'skills'>,
  limit: number,
): Promise<string[]> {
  const patterns = baselineKeywords(d).map(likePattern);
  const rows: { id: string; hits: string }[] = await ds.query(BASELINE_SQL[kind], [
    patterns,
    limit,
  ]);
  // Only candidates sharing at least one keyword are results.
  return rows.filter((r) => Number(r.hits) > 0).map((r) => r.id);
}
