import type { EntityManager } from 'typeorm';
import type { NotificationContent } from '../notification-kinds';
import type { InboxAnnouncement } from '../inbox/live/inbox-channel';

/** One inbox entry to write: who, which of the chunk's contents, and its idempotency key. */
export interface InboxEntry {
  userId: string;
  content: NotificationContent;
  dedupeKey: string;
}

/**
 * Inserts inbox entries in one statement. Each distinct content is sent once (an audience of
 * thousands shares one) and the rows as three parallel arrays that PostgreSQL unnests in the
 * select list, so nothing is materialised: `jsonb_to_recordset` over one JSON document per row
 * spilled 10,000 rows to a temporary file first and sent every title and body once per row.
 * Rows already there (same user and key) are skipped: a retried event adds nothing.
 */
export async function insertInbox(
  m: EntityManager,
  entries: readonly InboxEntry[],
): Promise<InboxAnnouncement> {
  if (entries.length === 0) return [];
  const contentIndex = new Map<NotificationContent, number>();
  const contents: NotificationContent[] = [];
  const indexes = entries.map(({ content }) => {
    let index = contentIndex.get(content);
    if (index === undefined) {
      index = contents.push(content) - 1;
      contentIndex.set(content, index);
    }
    return index;
  });
  const inserted: { user_id: string; seq: string }[] = await m.query(
    `INSERT INTO notifications (user_id, kind, title, body, link, data, dedupe_key, source_event_id)
     SELECT r.user_id, c->>'kind', c->'title', c->'body', NULLIF(c->'link', 'null'::jsonb),
            c->'data', r.dedupe_key, (c->>'sourceEventId')::bigint
       FROM (SELECT unnest($1::uuid[]) AS user_id, unnest($2::int[]) AS i,
                    unnest($3::text[]) AS dedupe_key) r,
            LATERAL (SELECT ($4::jsonb) -> r.i AS c) x
     ON CONFLICT (user_id, dedupe_key) DO NOTHING
     RETURNING user_id, seq`,
    [
      entries.map((e) => e.userId),
      indexes,
      entries.map((e) => e.dedupeKey),
      JSON.stringify(contents),
    ],
  );
  return inserted.map((r) => [r.user_id, String(r.seq)]);
}
