import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '@app/shared';
import type { DeliveryChannel, EmailRequest } from '../channels';
import { quietHoursEnd } from '../preferences/clock';
import { NotificationPreferences } from '../preferences/notification-preferences.service';
import { EmailStatus } from './email-delivery.entity';
import { EmailJobs, type QueuedDelivery } from './email-jobs';

/** A delivery still 'sending' after this was interrupted (the worker died mid-send). */
export const STALE_SENDING_MS = 10 * 60_000;
const PAGE = 500;
const MAX_KEY_LENGTH = 200;

interface QueuedRow {
  id: string;
  not_before: Date;
}

const toQueued = (row: QueuedRow): QueuedDelivery => ({
  id: row.id,
  notBefore: new Date(row.not_before),
});

/**
 * The email channel's side of the fan-out: records deliveries in the fan-out's transaction
 * (one per idempotency key), queues them after the commit, and re-queues what is undelivered.
 */
@Injectable()
export class EmailOutbox implements DeliveryChannel<EmailRequest> {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly preferences: NotificationPreferences,
    private readonly jobs: EmailJobs,
  ) {}

  /**
   * Inside the fan-out's transaction: one row per request whose key is new, for active users.
   * Users who chose the digest get `held_for_digest` (not queued); inside the recipient's quiet
   * hours `not_before` is their end. Returns the ids to hand to `dispatch` after the commit.
   */
  async record(manager: EntityManager, requests: EmailRequest[]): Promise<string[]> {
    const byKey = new Map<string, EmailRequest>();
    for (const r of requests) {
      const key = boundedKey(r.idempotencyKey);
      if (!byKey.has(key)) byKey.set(key, r);
    }
    if (byKey.size === 0) return [];
    const settings = await this.preferences.deliverySettings(
      [...byKey.values()].map((r) => r.userId),
      manager,
    );
    const now = new Date();
    const rows = [];
    for (const [key, r] of byKey) {
      const s = settings.get(r.userId);
      if (!s) continue; // unknown or disabled account: nobody to write to
      const notBefore = s.digest
        ? now
        : (quietHoursEnd(now, s.quietHours, this.config.NOTIFY_TIMEZONE) ?? now);
      rows.push({
        user_id: r.userId,
        idempotency_key: key,
        kind: r.content.kind,
        content: r.content,
        status: s.digest ? EmailStatus.HeldForDigest : EmailStatus.Pending,
        not_before: notBefore.toISOString(),
      });
    }
    if (rows.length === 0) return [];
    const inserted: { id: string; status: EmailStatus }[] = await manager.query(
      `INSERT INTO email_deliveries (user_id, idempotency_key, kind, content, status, not_before)
       SELECT r.user_id, r.idempotency_key, r.kind, r.content, r.status, r.not_before
         FROM jsonb_to_recordset($1::jsonb) AS r(user_id uuid, idempotency_key text, kind text,
              content jsonb, status text, not_before timestamptz)
       ON CONFLICT (idempotency_key) DO NOTHING
       RETURNING id, status`,
      [JSON.stringify(rows)],
    );
    return inserted.filter((row) => row.status === EmailStatus.Pending).map((row) => row.id);
  }

  /** After the commit. Never throws: what is not queued now is re-queued by `requeuePending`. */
  async dispatch(ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    try {
      const rows: QueuedRow[] = await this.dataSource.query(
        `SELECT id, not_before FROM email_deliveries
          WHERE id = ANY($1::uuid[]) AND status IN ('pending', 'failed')`,
        [ids],
      );
      await this.jobs.enqueue(rows.map(toQueued));
    } catch (error) {
      this.jobs.logFailure(`Could not queue ${ids.length} email(s) (re-queued later)`, error);
    }
  }

  /**
   * Re-queues every delivery that is neither delivered nor dead (after Redis lost its data, a
   * failed add after a commit, or a worker that died mid-send: 'sending' for longer than
   * STALE_SENDING_MS), and installs the digest scheduler. Returns how many were re-queued.
   */
  async requeuePending(): Promise<number> {
    await this.dataSource.query(
      `UPDATE email_deliveries
          SET status = 'failed', last_error = 'Interrupted while sending', updated_at = now()
        WHERE status = 'sending' AND updated_at < now() - make_interval(secs => $1)`,
      [STALE_SENDING_MS / 1000],
    );
    let after = '00000000-0000-0000-0000-000000000000';
    let count = 0;
    for (;;) {
      const rows: QueuedRow[] = await this.dataSource.query(
        `SELECT id, not_before FROM email_deliveries
          WHERE status IN ('pending', 'failed') AND id > $1
          ORDER BY id LIMIT ${PAGE}`,
        [after],
      );
      if (rows.length === 0) break;
      await this.jobs.enqueue(rows.map(toQueued), { replaceFinished: true });
      count += rows.length;
      after = rows[rows.length - 1].id;
      if (rows.length < PAGE) break;
    }
    await this.jobs.installDigestScheduler();
    return count;
  }
}

/** Keys longer than the column are replaced by their hash (still one per key). */
function boundedKey(key: string): string {
  return key.length <= MAX_KEY_LENGTH
    ? key
    : `sha256:${createHash('sha256').update(key).digest('hex')}`;
}
