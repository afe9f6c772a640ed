import type { ObjectLiteral, Repository } from 'typeorm';

/** One keyset page of ids in id order, after `after` (null: from the start). */
export async function idPage<T extends ObjectLiteral & { id: string }>(
  repository: Repository<T>,
  after: string | null,
  limit: number,
): Promise<string[]> {
  const query = repository
    .createQueryBuilder('a')
    .select('a.id', 'id')
    .orderBy('a.id', 'ASC')
    .limit(limit);
  if (after) query.where('a.id > :after', { after });
  const rows = await query.getRawMany<{ id: string }>();
  return rows.map((r) => r.id);
}
