import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import {
  APP_CONFIG,
  type AppConfig,
  daysBefore,
  type PruneCount,
  type PruneOptions,
  type PruneRun,
  pruneRun,
  walkInBatches,
} from '@app/shared';

const NIL_UUID = '00000000-0000-0000-0000-000000000000';

/**
 * Retention of sessions, refresh tokens and emailed links (ADR 0011), SESSION_RETENTION_DAYS
 * after they ended:
 *
 * - a refresh token once it expired that long ago. Used tokens of a live session stay until
 *   then: presenting a spent token revokes its session (theft detection, ADR 0003), which must
 *   keep working while the session could otherwise still be refreshed;
 * - a session revoked that long ago, or one that has had no valid refresh token for that long
 *   (it can no longer be refreshed, and its access tokens expired within minutes). Its tokens go
 *   with it (ON DELETE CASCADE); access tokens naming a deleted session are refused like those
 *   of a revoked one.
 */
@Injectable()
export class SessionPruner {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async prune(options: PruneOptions = {}): Promise<PruneCount[]> {
    const cutoff = daysBefore(options.now ?? new Date(), this.config.SESSION_RETENTION_DAYS);
    const run = pruneRun(options);
    const expired = await this.pruneExpiredTokens(cutoff, run);
    const sessions = await this.pruneEndedSessions(cutoff, run);
    const resets = await this.pruneExpiredLinks('password_reset_tokens', cutoff, run);
    const links = await this.pruneExpiredLinks('account_links', cutoff, run);
    return [
      { table: 'refresh_tokens', rows: expired + sessions.tokens },
      { table: 'auth_sessions', rows: sessions.sessions },
      { table: 'password_reset_tokens', rows: resets },
      { table: 'account_links', rows: links },
    ];
  }

  /** Along ix_refresh_tokens_expires_at, oldest first. */
  private pruneExpiredTokens(cutoff: Date, run: PruneRun): Promise<number> {
    const { batchSize, dryRun, signal } = run;
    return walkInBatches<{ at: string; id: string }>(
      async (cursor) => {
        const [row]: {
          scanned: number;
          deleted: number;
          last: { at: string; id: string } | null;
        }[] = await this.dataSource.query(
          `WITH batch AS (
             SELECT t.id, t.expires_at FROM refresh_tokens t
              WHERE t.expires_at < $1 AND t.expires_at >= $2::timestamptz
                AND (t.expires_at, t.id) > ($2::timestamptz, $3::uuid)
              ORDER BY t.expires_at, t.id
              LIMIT $4
           ), gone AS (
             ${
               dryRun
                 ? 'SELECT 1 FROM batch'
                 : 'DELETE FROM refresh_tokens t USING batch b WHERE t.id = b.id RETURNING 1'
             }
           )
           SELECT (SELECT count(*) FROM batch)::int AS scanned,
                  (SELECT count(*) FROM gone)::int AS deleted,
                  (SELECT json_build_object('at', b.expires_at::text, 'id', b.id)
                     FROM batch b ORDER BY b.expires_at DESC, b.id DESC LIMIT 1) AS last`,
          [cutoff, cursor?.at ?? '-infinity', cursor?.id ?? NIL_UUID, batchSize],
        );
        return { scanned: row.scanned, deleted: row.deleted, cursor: row.last };
      },
      batchSize,
      signal,
    );
  }

  /**
   * Emailed links that expired that long ago, by id: password-reset requests (ADR 0013) and
   * account links (ADR 0017). Both stay small (requests are rate-limited, links revoke their
   * predecessors), so they are walked without an index.
   */
  private pruneExpiredLinks(
    table: 'password_reset_tokens' | 'account_links',
    cutoff: Date,
    { batchSize, dryRun, signal }: PruneRun,
  ) {
    return walkInBatches<string>(
      async (after) => {
        const [row]: { scanned: number; deleted: number; last: string | null }[] =
          await this.dataSource.query(
            `WITH batch AS (
             SELECT r.id FROM ${table} r
              WHERE r.expires_at < $1 AND r.id > $2::uuid ORDER BY r.id LIMIT $3
           ), gone AS (
             ${
               dryRun
                 ? 'SELECT 1 FROM batch'
                 : `DELETE FROM ${table} r USING batch b WHERE r.id = b.id RETURNING 1`
             }
           )
           SELECT (SELECT count(*) FROM batch)::int AS scanned,
                  (SELECT count(*) FROM gone)::int AS deleted,
                  (SELECT b.id::text FROM batch b ORDER BY b.id DESC LIMIT 1) AS last`,
            [cutoff, after ?? NIL_UUID, batchSize],
          );
        return { scanned: row.scanned, deleted: row.deleted, cursor: row.last };
      },
      batchSize,
      signal,
    );
  }

  /**
   * Walks every session by id (a daily pass; most are live and stay), deleting the ended ones.
   * "No token valid since the cutoff" is checked through the tokens' session index. The tokens
   * counted with them are those not already counted as expired (they go by cascade).
   */
  private async pruneEndedSessions(
    cutoff: Date,
    { batchSize, dryRun, signal }: PruneRun,
  ): Promise<{ sessions: number; tokens: number }> {
    let tokens = 0;
    const sessions = await walkInBatches<string>(
      async (after) => {
        const [row]: { scanned: number; deleted: number; tokens: number; last: string | null }[] =
          await this.dataSource.query(
            `WITH batch AS (
             SELECT s.id FROM auth_sessions s WHERE s.id > $2::uuid ORDER BY s.id LIMIT $3
           ), ended AS (
             SELECT s.id FROM auth_sessions s JOIN batch b ON b.id = s.id
              WHERE s.revoked_at < $1
                 OR (s.created_at < $1 AND NOT EXISTS (
                       SELECT 1 FROM refresh_tokens t
                        WHERE t.session_id = s.id AND t.expires_at >= $1))
           ), gone AS (
             ${
               dryRun
                 ? 'SELECT id FROM ended'
                 : `DELETE FROM auth_sessions s USING ended e WHERE s.id = e.id
                      AND (s.revoked_at < $1 OR (s.created_at < $1 AND NOT EXISTS (
                            SELECT 1 FROM refresh_tokens t
                             WHERE t.session_id = s.id AND t.expires_at >= $1)))
                    RETURNING s.id`
             }
           )
           SELECT (SELECT count(*) FROM batch)::int AS scanned,
                  (SELECT count(*) FROM gone)::int AS deleted,
                  (SELECT count(*) FROM refresh_tokens t JOIN ended e ON t.session_id = e.id
                    WHERE t.expires_at >= $1)::int AS tokens,
                  (SELECT b.id::text FROM batch b ORDER BY b.id DESC LIMIT 1) AS last`,
            [cutoff, after ?? NIL_UUID, batchSize],
          );
        tokens += row.tokens;
        return { scanned: row.scanned, deleted: row.deleted, cursor: row.last };
      },
      batchSize,
      signal,
    );
    return { sessions, tokens };
  }
}
