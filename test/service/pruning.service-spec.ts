import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type INestApplicationContext, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AppModule } from '../../apps/api/src/app.module';
import { RELAYED_ROUTES } from '../../apps/worker/src/relayed-routes';
import { AuthService } from '@app/identity';
import { PruningModule, type PruneReport, Pruning } from '@app/maintenance';
import { AppConfigModule, DatabaseModule, Queues, Role } from '@app/shared';
import { migrateTestDatabase } from '../support';

@Module({ imports: [AppConfigModule, DatabaseModule, PruningModule.forRoutes(RELAYED_ROUTES)] })
class PruningTestModule {}

/**
 * Service tier: the pruning run on the real database. Rows on both sides of each retention
 * (defaults: outbox 14 days, sessions 30, delivery logs 90) are written with timestamps in the
 * past; exactly the old ones that nothing can still need must go. Small batches make every
 * walk cross several batches.
 */
describe('Pruning on the real database', () => {
  let app: INestApplicationContext;
  let db: DataSource;
  const ago = (days: number) => new Date(Date.now() - days * 24 * 3600 * 1000);
  const ahead = (days: number) => ago(-days);

  const ids = {
    user: randomUUID(),
    org: randomUUID(),
    endpoint: randomUUID(),
    // Aggregates of the outbox rows.
    prunedAggregate: randomUUID(),
    unhandledAggregate: randomUUID(),
    recentAggregate: randomUUID(),
    organization: randomUUID(),
    claimOnly: randomUUID(),
  };
  const events: Record<string, string> = {};
  const sessions: Record<string, string> = {};
  const tokens: Record<string, string> = {};
  const emails: Record<string, string> = {};
  const resets: Record<string, string> = {};
  const links: Record<string, string> = {};
  const hooks: Record<string, string> = {};

  async function event(
    name: string,
    e: {
      type: string;
      aggregateType: string;
      aggregateId: string;
      publishedDaysAgo: number | null;
    },
    receipts: { queue: string; daysAgo: number }[] = [],
  ): Promise<void> {
    const [row]: { id: string }[] = await db.query(
      `INSERT INTO outbox_events (event_type, aggregate_type, aggregate_id, aggregate_version, payload, occurred_at, published_at)
       VALUES ($1, $2, $3, 1, '{}', $4, $5) RETURNING id`,
      [
        e.type,
        e.aggregateType,
        e.aggregateId,
        ago((e.publishedDaysAgo ?? 30) + 0.01),
        e.publishedDaysAgo === null ? null : ago(e.publishedDaysAgo),
      ],
    );
    events[name] = row.id;
    for (const r of receipts) {
      await db.query(
        'INSERT INTO outbox_receipts (queue, event_id, handled_at) VALUES ($1, $2, $3)',
        [r.queue, row.id, ago(r.daysAgo)],
      );
    }
  }

  async function session(
    name: string,
    s: { createdDaysAgo: number; revokedDaysAgo?: number },
    tokenList: { name: string; expiresInDays: number; usedDaysAgo?: number }[],
  ): Promise<void> {
    const [row]: { id: string }[] = await db.query(
      `INSERT INTO auth_sessions (user_id, created_at, revoked_at, revoked_reason)
       VALUES ($1, $2, $3, $4) RETURNING id`,
      [
        ids.user,
        ago(s.createdDaysAgo),
        s.revokedDaysAgo === undefined ? null : ago(s.revokedDaysAgo),
        s.revokedDaysAgo === undefined ? null : 'logout',
      ],
    );
    sessions[name] = row.id;
    for (const t of tokenList) {
      const [token]: { id: string }[] = await db.query(
        `INSERT INTO refresh_tokens (session_id, token_hash, expires_at, used_at, created_at)
         VALUES ($1, repeat('a', 64), $2, $3, $4) RETURNING id`,
        [
          row.id,
          ahead(t.expiresInDays),
          t.usedDaysAgo === undefined ? null : ago(t.usedDaysAgo),
          ahead(t.expiresInDays - 30),
        ],
      );
      tokens[t.name] = token.id;
    }
  }

  async function email(
    name: string,
    status: string,
    daysAgo: number,
    digestOf?: string,
  ): Promise<void> {
    const [row]: { id: string }[] = await db.query(
      `INSERT INTO email_deliveries (user_id, idempotency_key, kind, content, status, digest_id, created_at, updated_at)
       VALUES ($1, $2, 'demand.matched', '{}', $3, $4, $5, $5) RETURNING id`,
      [ids.user, `prune-test:${randomUUID()}`, status, digestOf ?? null, ago(daysAgo)],
    );
    emails[name] = row.id;
  }

  async function hook(name: string, status: string, daysAgo: number, attempts: number) {
    const [row]: { id: string }[] = await db.query(
      `INSERT INTO webhook_deliveries (endpoint_id, idempotency_key, event_type, payload, status, delivered_at, created_at)
       VALUES ($1, $2, 'demand.published', '{}', $3, $4, $5) RETURNING id`,
      [
        ids.endpoint,
        `prune-test:${randomUUID()}`,
        status,
        status === 'delivered' ? ago(daysAgo) : null,
        ago(daysAgo),
      ],
    );
    hooks[name] = row.id;
    for (let a = 1; a <= attempts; a++) {
      await db.query(
        `INSERT INTO webhook_delivery_attempts (delivery_id, attempt, at, status_code, duration_ms)
         VALUES ($1, $2, $3, 200, 5)`,
        [row.id, a, ago(daysAgo)],
      );
    }
  }

  const existing = async (table: string, column: string, values: string[]) =>
    (
      (await db.query(`SELECT ${column}::text AS v FROM ${table} WHERE ${column} = ANY($1)`, [
        values,
      ])) as { v: string }[]
    )
      .map((r) => r.v)
      .sort();
  const counts = (report: PruneReport) =>
    Object.fromEntries(report.tables.map((t) => [t.table, t.rows]));

  beforeAll(async () => {
    await migrateTestDatabase();
    app = await NestFactory.createApplicationContext(PruningTestModule, { logger: ['error'] });
    db = app.get<DataSource>(getDataSourceToken());

    await db.query(
      `INSERT INTO users (id, email, password_hash, display_name, role)
       VALUES ($1, $2, 'x', '修剪测试', 'enterprise')`,
      [ids.user, `prune-${ids.user}@service.chanjiao.cn`],
    );
    await db.query(
      `INSERT INTO organizations (id, kind, name, district) VALUES ($1, 'enterprise', '修剪测试有限公司', '130302')`,
      [ids.org],
    );
    await db.query(
      `INSERT INTO webhook_endpoints (id, organization_id, url, event_types, secret)
       VALUES ($1, $2, 'https://example.com/hook', '{demand.published}', 'whsec_x')`,
      [ids.endpoint, ids.org],
    );

    const both = (daysAgo: number) => [
      { queue: Queues.SearchIndex, daysAgo },
      { queue: Queues.Notifications, daysAgo },
    ];
    const demand = (aggregateId: string, publishedDaysAgo: number | null) => ({
      type: 'demand.published',
      aggregateType: 'demand',
      aggregateId,
      publishedDaysAgo,
    });
    // Old, published, handled by both consumers that keep receipts: goes, with its receipts.
    await event('old', demand(ids.prunedAggregate, 30), both(30));
    await event('oldToo', demand(ids.prunedAggregate, 20), both(19));
    // Old and published, but notifications never handled it (its job may be retried): stays.
    await event('unhandled', demand(ids.unhandledAggregate, 30), [
      { queue: Queues.SearchIndex, daysAgo: 30 },
    ]);
    // Never published (the relay is stuck on it): stays however old.
    await event('unpublished', demand(ids.unhandledAggregate, null));
    // Handled, but published within the retention: stays.
    await event('recent', demand(ids.recentAggregate, 2), both(2));
    // Only search takes organization.registered: its receipt is all that is needed.
    await event(
      'registered',
      {
        type: 'organization.registered',
        aggregateType: 'organization',
        aggregateId: ids.organization,
        publishedDaysAgo: 30,
      },
      [{ queue: Queues.SearchIndex, daysAgo: 30 }],
    );
    // Receipts of events that are gone: old goes, recent stays.
    await db.query(
      `INSERT INTO outbox_receipts (queue, event_id, handled_at)
       VALUES ('notifications', 900000001, $1), ('notifications', 900000002, $2)`,
      [ago(30), ago(1)],
    );

    // Stale-event claims: only the one whose aggregate has no event left and is old goes.
    const claim = (scope: string, aggregateId: string, daysAgo: number) =>
      db.query(
        `INSERT INTO applied_versions (consumer, scope, aggregate_id, version, applied_at)
         VALUES ('notifications', $1, $2, 3, $3)`,
        [scope, aggregateId, ago(daysAgo)],
      );
    await claim('demand:demand.published', ids.prunedAggregate, 19);
    await claim('demand:demand.updated', ids.prunedAggregate, 25);
    await claim('demand:demand.published', ids.unhandledAggregate, 30);
    await claim('demand:demand.published', ids.recentAggregate, 30);
    await claim('demand:demand.published', ids.claimOnly, 2);

    // Sessions (retention 30 days; refresh tokens live 30 days).
    await session('live', { createdDaysAgo: 90 }, [
      { name: 'liveLongExpired', expiresInDays: -40, usedDaysAgo: 69 },
      { name: 'liveUsedUnexpired', expiresInDays: 5, usedDaysAgo: 1 },
      { name: 'liveRecentlyExpired', expiresInDays: -10, usedDaysAgo: 39 },
      { name: 'liveCurrent', expiresInDays: 29 },
    ]);
    await session('revokedLongAgo', { createdDaysAgo: 50, revokedDaysAgo: 40 }, [
      { name: 'revokedLongAgoToken', expiresInDays: -15 },
    ]);
    await session('revokedRecently', { createdDaysAgo: 20, revokedDaysAgo: 2 }, [
      { name: 'revokedRecentlyToken', expiresInDays: 10, usedDaysAgo: 3 },
    ]);
    await session('abandoned', { createdDaysAgo: 100 }, [
      { name: 'abandonedToken', expiresInDays: -35 },
    ]);
    await session('idle', { createdDaysAgo: 50 }, [{ name: 'idleToken', expiresInDays: -10 }]);
    for (const [name, expiresInDays] of [
      ['resetExpiredLongAgo', -40],
      ['resetExpiredRecently', -10],
      ['resetLive', 0.01],
    ] as const) {
      const [row]: { id: string }[] = await db.query(
        `INSERT INTO password_reset_tokens (user_id, expires_at) VALUES ($1, $2) RETURNING id`,
        [ids.user, ahead(expiresInDays)],
      );
      resets[name] = row.id;
      const [link]: { id: string }[] = await db.query(
        `INSERT INTO account_links (purpose, subject_id, user_id, email, expires_at)
         VALUES ('verify_email', $1, $1, 'x@test.chanjiao.cn', $2) RETURNING id`,
        [ids.user, ahead(expiresInDays)],
      );
      links[name] = link.id;
    }

    // Delivery logs (retention 90 days).
    await email('sentOld', 'sent', 100);
    await email('sentRecent', 'sent', 10);
    await email('skippedOld', 'skipped', 120);
    await email('deadOld', 'dead', 200);
    await email('pendingOld', 'pending', 200);
    await email('digestOld', 'sent', 100);
    await email('foldedOld', 'sent', 100, emails.digestOld);
    await email('heldOld', 'held_for_digest', 150);
    await hook('deliveredOld', 'delivered', 100, 2);
    await hook('deliveredRecent', 'delivered', 5, 1);
    await hook('deadOld', 'dead', 200, 3);
  });

  afterAll(async () => {
    await app.close();
  });

  it('counts in a dry run exactly what a run then deletes, and deletes nothing itself', async () => {
    const pruning = app.get(Pruning);
    const before = await existing('outbox_events', 'id', Object.values(events));
    const dry = await pruning.run({ dryRun: true, batchSize: 2 });
    expect(dry.dryRun).toBe(true);
    expect(await existing('outbox_events', 'id', Object.values(events))).toEqual(before);
    expect(await existing('auth_sessions', 'id', Object.values(sessions))).toHaveLength(5);

    const real = await pruning.run({ batchSize: 2 });
    expect(counts(real)).toEqual(counts(dry));
    expect(counts(real)).toEqual({
      outbox_events: 3,
      // 2 + 2 of the two demand events, 1 of the registration, 1 orphan.
      outbox_receipts: 6,
      applied_versions: 2,
      // Two expired long ago (live and abandoned sessions), one with its revoked session.
      refresh_tokens: 3,
      auth_sessions: 2,
      // Expired more than the retention ago.
      password_reset_tokens: 1,
      account_links: 1,
      // Sent, skipped, a digest and the notification folded into it.
      email_deliveries: 4,
      webhook_deliveries: 1,
      webhook_delivery_attempts: 2,
    });
    expect(real.total).toBe(25);

    const again = await pruning.run({ batchSize: 2 });
    expect(again.total).toBe(0);
  });

  it('kept unpublished, unhandled and recent outbox rows, and the claims still needed', async () => {
    expect(await existing('outbox_events', 'id', Object.values(events))).toEqual(
      [events.unhandled, events.unpublished, events.recent].sort(),
    );
    expect(
      await existing('outbox_receipts', 'event_id', [
        ...Object.values(events),
        '900000001',
        '900000002',
      ]),
    ).toEqual([events.unhandled, events.recent, events.recent, '900000002'].sort());
    expect(
      await existing('applied_versions', 'aggregate_id', [
        ids.prunedAggregate,
        ids.unhandledAggregate,
        ids.recentAggregate,
        ids.claimOnly,
      ]),
    ).toEqual([ids.unhandledAggregate, ids.recentAggregate, ids.claimOnly].sort());
  });

  it('kept live sessions with their unexpired (even used) tokens, and recently ended ones', async () => {
    expect(await existing('auth_sessions', 'id', Object.values(sessions))).toEqual(
      [sessions.live, sessions.revokedRecently, sessions.idle].sort(),
    );
    expect(await existing('refresh_tokens', 'id', Object.values(tokens))).toEqual(
      [
        tokens.liveUsedUnexpired,
        tokens.liveRecentlyExpired,
        tokens.liveCurrent,
        tokens.revokedRecentlyToken,
        tokens.idleToken,
      ].sort(),
    );
  });

  it('kept password-reset requests and account links that are live or expired recently', async () => {
    expect(await existing('password_reset_tokens', 'id', Object.values(resets))).toEqual(
      [resets.resetExpiredRecently, resets.resetLive].sort(),
    );
    expect(await existing('account_links', 'id', Object.values(links))).toEqual(
      [links.resetExpiredRecently, links.resetLive].sort(),
    );
  });

  it('kept recent, dead, pending and held deliveries', async () => {
    expect(await existing('email_deliveries', 'id', Object.values(emails))).toEqual(
      [emails.sentRecent, emails.deadOld, emails.pendingOld, emails.heldOld].sort(),
    );
    expect(await existing('webhook_deliveries', 'id', Object.values(hooks))).toEqual(
      [hooks.deliveredRecent, hooks.deadOld].sort(),
    );
    expect(
      await existing('webhook_delivery_attempts', 'delivery_id', Object.values(hooks)),
    ).toHaveLength(4);
  });
});

@Module({ imports: [AppModule, PruningModule.forRoutes(RELAYED_ROUTES)] })
class ApiWithPruningModule {}

/** Theft detection (ADR 0003) must survive the pruning: a spent token of a live session stays. */
describe('Refresh-token reuse after a pruning run', () => {
  let app: INestApplicationContext;
  let db: DataSource;
  let auth: AuthService;
  const client = { ip: '127.0.0.1', userAgent: 'service-tier' };

  beforeAll(async () => {
    await migrateTestDatabase();
    app = await NestFactory.createApplicationContext(ApiWithPruningModule, { logger: ['error'] });
    db = app.get<DataSource>(getDataSourceToken());
    auth = app.get(AuthService);
  });
  afterAll(async () => {
    await app.close();
  });

  it('still revokes the session when a spent token comes back, and forgets it once the session ended', async () => {
    const email = `reuse-${randomUUID()}@service.chanjiao.cn`;
    const password = `Pw-${randomUUID()}-1`;
    await auth.createUser({
      email,
      password,
      displayName: '令牌复用',
      role: Role.Expert,
      locale: 'zh-CN',
    });
    const first = await auth.login({ email, password } as never, client);
    const second = await auth.refresh(first.refreshToken);
    const [spentId] = first.refreshToken.split('.');
    // A long-lived session whose spent token was used long ago (but has not expired).
    await db.query(
      `UPDATE auth_sessions SET created_at = now() - interval '90 days'
        WHERE id = (SELECT session_id FROM refresh_tokens WHERE id = $1)`,
      [spentId],
    );
    await db.query(`UPDATE refresh_tokens SET used_at = now() - interval '40 days' WHERE id = $1`, [
      spentId,
    ]);

    await app.get(Pruning).run();
    await expect(auth.refresh(first.refreshToken)).rejects.toMatchObject({
      code: 'REFRESH_TOKEN_REUSED',
    });
    await expect(auth.refresh(second.refreshToken)).rejects.toMatchObject({
      code: 'INVALID_REFRESH_TOKEN',
    });

    // Revoked more than SESSION_RETENTION_DAYS ago: the session and its tokens go.
    await db.query(
      `UPDATE auth_sessions SET revoked_at = now() - interval '31 days'
        WHERE id = (SELECT session_id FROM refresh_tokens WHERE id = $1)`,
      [spentId],
    );
    const report = await app.get(Pruning).run();
    expect(report.tables).toContainEqual({ table: 'auth_sessions', rows: 1 });
    expect(await db.query('SELECT 1 FROM refresh_tokens WHERE id = $1', [spentId])).toEqual([]);
    await expect(auth.refresh(first.refreshToken)).rejects.toMatchObject({
      code: 'INVALID_REFRESH_TOKEN',
    });
  });
});
