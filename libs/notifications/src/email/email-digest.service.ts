import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '@app/shared';
import { localDate, quietHoursEnd } from '../preferences/clock';
import { DIGEST_KIND, type DigestContent } from './email-delivery.entity';
import { EmailJobs, type QueuedDelivery } from './email-jobs';

const USERS_PER_TRANSACTION = 1000;

interface DueUser {
  user_id: string;
  quiet_hours_start: string | null;
  quiet_hours_end: string | null;
}

export interface DigestRun {
  /** Digest emails created (and queued). */
  digests: number;
  /** Notifications folded into them. */
  notifications: number;
}

/**
 * The daily digest: every user's held notifications become one email, keyed
 * `digest:<userId>:<local date>` so that a second run on the same day creates nothing. The digest
 * is then an ordinary delivery (retries, quiet hours, dead letters); its notifications are marked
 * with it and share its outcome.
 */
@Injectable()
export class EmailDigest {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly jobs: EmailJobs,
  ) {}

  /** Folds everything held up to `now`; the scheduler calls it daily, tests call it directly. */
  async sendDue(now: Date = new Date()): Promise<DigestRun> {
    const tz = this.config.NOTIFY_TIMEZONE;
    const date = localDate(now, tz);
    const due: DueUser[] = await this.dataSource.query(
      `SELECT h.user_id, p.quiet_hours_start, p.quiet_hours_end
         FROM (SELECT DISTINCT user_id FROM email_deliveries
                WHERE status = 'held_for_digest' AND digest_id IS NULL AND created_at <= $1) h
         LEFT JOIN notification_preferences p ON p.user_id = h.user_id`,
      [now],
    );
    const queued: QueuedDelivery[] = [];
    let notifications = 0;
    for (let i = 0; i < due.length; i += USERS_PER_TRANSACTION) {
      const input = due.slice(i, i + USERS_PER_TRANSACTION).map((u) => {
        const quiet =
          u.quiet_hours_start && u.quiet_hours_end
            ? { start: u.quiet_hours_start, end: u.quiet_hours_end }
            : null;
        return {
          user_id: u.user_id,
          idempotency_key: `digest:${u.user_id}:${date}`,
          content: { kind: DIGEST_KIND, date } satisfies DigestContent,
          not_before: (quietHoursEnd(now, quiet, tz) ?? now).toISOString(),
        };
      });
      const created = await this.fold(input, now);
      for (const digest of created) {
        queued.push({ id: digest.id, notBefore: new Date(digest.not_before) });
        notifications += digest.folded;
      }
    }
    try {
      await this.jobs.enqueue(queued);
    } catch (error) {
      this.jobs.logFailure(`Could not queue ${queued.length} digest(s) (re-queued later)`, error);
    }
    return { digests: queued.length, notifications };
  }

  private fold(
    input: object[],
    now: Date,
  ): Promise<{ id: string; not_before: Date; folded: number }[]> {
    return this.dataSource.transaction(async (m) => {
      const rows: { id: string; not_before: Date; folded: number }[] = await m.query(
        `WITH input AS (
           SELECT * FROM jsonb_to_recordset($1::jsonb)
             AS r(user_id uuid, idempotency_key text, content jsonb, not_before timestamptz)
         ), digests AS (
           INSERT INTO email_deliveries (user_id, idempotency_key, kind, content, status, not_before)
           SELECT user_id, idempotency_key, '${DIGEST_KIND}', content, 'pending', not_before FROM input
           ON CONFLICT (idempotency_key) DO NOTHING
           RETURNING id, user_id, not_before
         ), folded AS (
           UPDATE email_deliveries e SET digest_id = d.id, updated_at = now()
             FROM digests d
            WHERE e.user_id = d.user_id AND e.status = 'held_for_digest'
              AND e.digest_id IS NULL AND e.created_at <= $2::timestamptz
           RETURNING e.digest_id
         )
         SELECT d.id, d.not_before, (SELECT count(*) FROM folded f WHERE f.digest_id = d.id)::int AS folded
           FROM digests d`,
        [JSON.stringify(input), now],
      );
      // Someone else folded this user's notifications in between: nothing left to send.
      const empty = rows.filter((r) => r.folded === 0).map((r) => r.id);
      if (empty.length > 0) {
        await m.query(
          `UPDATE email_deliveries SET status = 'skipped', last_error = 'Empty digest', updated_at = now()
            WHERE id = ANY($1::uuid[])`,
          [empty],
        );
      }
      return rows.filter((r) => r.folded > 0);
    });
  }
}
