import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { getQueueToken } from '@nestjs/bullmq';
import type { INestApplicationContext } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { SMTPServer } from 'smtp-server';
import request from 'supertest';
import {
  EMAIL_MAX_ATTEMPTS,
  EmailDigest,
  emailJobId,
  EmailOutbox,
  type EmailRequest,
  type NotificationContent,
  NotificationKinds,
} from '@app/notifications';
import { Queues, Role } from '@app/shared';
import {
  API,
  type Account,
  auth,
  createAdmin,
  createTestApp,
  eventually,
  registerAccount,
  startWorker,
  type TestApp,
  withEnv,
} from './support';

const WEB = 'https://console.chanjiao.test';
const TZ = 'Asia/Shanghai';

interface Received {
  to: string[];
  raw: string;
  subject: string;
  messageId: string;
  text: string;
  html: string;
}

/** Decodes RFC 2047 words in a header (nodemailer writes UTF-8 subjects as =?UTF-8?B|Q?…?=). */
function decodeWords(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?UTF-8\?([BQ])\?([^?]*)\?=/gi, (_, enc: string, text: string) =>
      enc.toUpperCase() === 'B'
        ? Buffer.from(text, 'base64').toString('utf8')
        : decodeQuotedPrintable(text.replace(/_/g, ' ')),
    );
}

function decodeQuotedPrintable(text: string): string {
  const bytes = text
    .replace(/=\r?\n/g, '')
    .replace(/=([0-9A-F]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  return Buffer.from(bytes, 'latin1').toString('utf8');
}

function splitHead(raw: string): { headers: Map<string, string>; body: string } {
  const at = raw.search(/\r?\n\r?\n/);
  const head = raw.slice(0, at).replace(/\r?\n[ \t]+/g, ' ');
  const headers = new Map<string, string>();
  for (const line of head.split(/\r?\n/)) {
    const colon = line.indexOf(':');
    headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return { headers, body: raw.slice(at).replace(/^\r?\n\r?\n/, '') };
}

function decodePart(part: string): { type: string; content: string } {
  const { headers, body } = splitHead(part);
  const encoding = (headers.get('content-transfer-encoding') ?? '').toLowerCase();
  const content =
    encoding === 'base64'
      ? Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8')
      : encoding === 'quoted-printable'
        ? decodeQuotedPrintable(body)
        : body;
  return { type: (headers.get('content-type') ?? '').split(';')[0].toLowerCase(), content };
}

/** Just enough MIME to read what nodemailer sends: text + html in multipart/alternative. */
function parseMessage(raw: string, to: string[]): Received {
  const { headers, body } = splitHead(raw);
  const boundary = /boundary="?([^";]+)"?/.exec(headers.get('content-type') ?? '')?.[1];
  const parts = boundary
    ? body
        .split(`--${boundary}`)
        .slice(1, -1)
        .map((p) => decodePart(p.replace(/^\r?\n/, '')))
    : [decodePart(raw)];
  return {
    to,
    raw,
    subject: decodeWords(headers.get('subject') ?? ''),
    messageId: headers.get('message-id') ?? '',
    text: parts.find((p) => p.type === 'text/plain')?.content ?? '',
    html: parts.find((p) => p.type === 'text/html')?.content ?? '',
  };
}

/** A real SMTP server on loopback; recipients starting with `reject` get a 550. */
class TestSmtp {
  readonly received: Received[] = [];
  port = 0;
  private server?: SMTPServer;

  async start(port = this.port): Promise<void> {
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['AUTH', 'STARTTLS'],
      hideSTARTTLS: true,
      logger: false,
      closeTimeout: 100,
      onRcptTo: (address, _session, callback) => {
        if (!address.address.startsWith('reject')) return callback();
        callback(Object.assign(new Error('5.1.1 No such mailbox here'), { responseCode: 550 }));
      },
      onData: (stream, session, callback) => {
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', () => {
          const to = session.envelope.rcptTo.map((r) => r.address);
          try {
            this.received.push(parseMessage(Buffer.concat(chunks).toString('utf8'), to));
            callback();
          } catch (error) {
            console.error(error);
            callback(error as Error);
          }
        });
      },
    });
    await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
    this.port = (server.server.address() as { port: number }).port;
    this.server = server;
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /** Notification emails to this address (the sign-up's verification email is not counted). */
  to(address: string): Received[] {
    return this.received.filter(
      (m) => m.to.includes(address) && !/^X-Chanjiao-Kind: account\./m.test(m.raw),
    );
  }
}

describe('email notifications', () => {
  let t: TestApp;
  let worker: INestApplicationContext;
  let outbox: EmailOutbox;
  let queue: Queue;
  const smtp = new TestSmtp();

  beforeAll(async () => {
    await smtp.start(0);
    t = await createTestApp();
    worker = await withEnv({ SMTP_URL: `smtp://127.0.0.1:${smtp.port}`, PUBLIC_WEB_URL: WEB }, () =>
      startWorker(),
    );
    outbox = worker.get(EmailOutbox);
    queue = worker.get<Queue>(getQueueToken(Queues.Email), { strict: false });
  });
  afterAll(async () => {
    await worker?.close();
    await t?.close();
    await smtp.stop();
  });

  function content(overrides: Partial<NotificationContent> = {}): NotificationContent {
    return {
      kind: NotificationKinds.MatchConnected,
      title: { 'zh-CN': '对接成功：光伏玻璃钢化工艺优化', en: 'Connected: glass tempering' },
      body: {
        'zh-CN': '双方已同意对接，现在可以查看联系方式。',
        en: 'Both sides agreed; contact details are now visible.',
      },
      link: { type: 'match', id: randomUUID() },
      data: {},
      sourceEventId: null,
      occurredAt: new Date().toISOString(),
      ...overrides,
    };
  }

  const request1 = (user: { id: string }, c = content()): EmailRequest => ({
    userId: user.id,
    content: c,
    idempotencyKey: `test:${randomUUID()}:email:${user.id}`,
  });

  /** What the fan-out does: record in a transaction, dispatch after the commit. */
  async function send(requests: EmailRequest[]): Promise<string[]> {
    const ids = await t.dataSource.transaction((m) => outbox.record(m, requests));
    await outbox.dispatch(ids);
    return ids;
  }

  async function row(id: string) {
    const [r] = await t.dataSource.query('SELECT * FROM email_deliveries WHERE id = $1', [id]);
    return r as {
      status: string;
      attempts: number;
      not_before: Date;
      sent_at: Date | null;
      last_error: string | null;
      message_id: string | null;
      digest_id: string | null;
      idempotency_key: string;
    };
  }

  const untilStatus = (id: string, status: string, timeoutMs = 10_000) =>
    eventually(async () => {
      const r = await row(id);
      return r?.status === status ? r : undefined;
    }, timeoutMs);

  /**
   * The worker has taken and finished every job it was given: the positive signal a check that
   * nothing (more) was sent waits for, instead of sleeping.
   */
  const queueIdle = () =>
    eventually(async () => {
      const counts = await queue.getJobCounts('waiting', 'active', 'prioritized');
      return Object.values(counts).every((n) => n === 0) ? true : undefined;
    });

  const prefs = (a: Account, body: object) =>
    request(t.http).patch(`${API}/me/notification-preferences`).set(auth(a)).send(body).expect(200);

  /**
   * An account whose sign-up email (verification link) is done with and forgotten, so that the
   * test sees only the notification emails it sends itself.
   */
  async function registerQuiet(role: Role, email?: string): Promise<Account> {
    const account = await registerAccount(t.http, role, email);
    await eventually(async () => {
      const rows: { status: string }[] = await t.dataSource.query(
        `SELECT status FROM email_deliveries WHERE user_id = $1 AND kind LIKE 'account.%'`,
        [account.id],
      );
      return rows.length > 0 && rows.every((r) => ['sent', 'dead', 'skipped'].includes(r.status))
        ? true
        : undefined;
    }, 15_000);
    await t.dataSource.query(
      `DELETE FROM email_deliveries WHERE user_id = $1 AND kind LIKE 'account.%'`,
      [account.id],
    );
    return account;
  }

  it('the same key recorded and dispatched twice is one delivery and one email', async () => {
    const user = await registerQuiet(Role.Expert);
    const req = request1(user);
    const first = await send([req, req]);
    expect(first).toHaveLength(1);
    expect(await send([{ ...req, content: content() }])).toEqual([]);
    await outbox.dispatch(first);

    const sent = await untilStatus(first[0], 'sent');
    await queueIdle();
    const mails = smtp.to(user.email);
    expect(mails).toHaveLength(1);
    expect(sent).toMatchObject({ attempts: 1, last_error: null, sent_at: expect.any(Date) });
    expect(mails[0].messageId).toBe(sent.message_id);
    expect(sent.message_id).toMatch(/^<[0-9a-f]{40}@chanjiao\.local>$/);
    const count = await t.dataSource.query(
      'SELECT count(*)::int AS n FROM email_deliveries WHERE idempotency_key = $1',
      [req.idempotencyKey],
    );
    expect(count[0].n).toBe(1);
  });

  it('writes in the language each user chose: zh-CN by default, en by preference', async () => {
    const zh = await registerQuiet(Role.Expert);
    const en = await registerQuiet(Role.College);
    await prefs(en, { locale: 'en' });
    const c = content();
    const ids = await send([request1(zh, c), request1(en, c)]);
    await Promise.all(ids.map((id) => untilStatus(id, 'sent')));

    const [toZh] = smtp.to(zh.email);
    expect(toZh.subject).toBe('对接成功：光伏玻璃钢化工艺优化');
    expect(toZh.text).toContain('双方已同意对接，现在可以查看联系方式。');
    expect(toZh.text).toContain(`查看详情: ${WEB}/matches/${c.link!.id}`);
    expect(toZh.text).toContain(`${WEB}/settings/notifications`);
    expect(toZh.html).toContain('<html lang="zh-CN">');
    expect(toZh.html).toContain(`href="${WEB}/matches/${c.link!.id}"`);
    expect(toZh.raw).toMatch(
      /^List-Unsubscribe: <https:\/\/console\.chanjiao\.test\/settings\/notifications>/m,
    );

    const [toEn] = smtp.to(en.email);
    expect(toEn.subject).toBe('Connected: glass tempering');
    expect(toEn.text).toContain('Both sides agreed; contact details are now visible.');
    expect(toEn.text).toContain(`View details: ${WEB}/matches/${c.link!.id}`);
    expect(toEn.html).toContain('<html lang="en">');
  });

  it('holds an email inside quiet hours until they end (a delayed job)', async () => {
    const user = await registerQuiet(Role.Expert);
    const clock = (d: Date) =>
      new Intl.DateTimeFormat('en-GB', {
        timeZone: TZ,
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23',
      }).format(d);
    const now = Date.now();
    await prefs(user, {
      quietHours: { start: clock(new Date(now - 3600_000)), end: clock(new Date(now + 3600_000)) },
    });
    const [id] = await send([request1(user)]);

    const r = await row(id);
    expect(r.status).toBe('pending');
    const wait = new Date(r.not_before).getTime() - now;
    expect(wait).toBeGreaterThan(58 * 60_000);
    expect(wait).toBeLessThanOrEqual(60 * 60_000);
    expect(await queue.getJobState(emailJobId(id))).toBe('delayed');
    await queueIdle();
    expect(smtp.to(user.email)).toHaveLength(0);
    await queue.remove(emailJobId(id));
  });

  it('folds the notifications of a digest user into one email a day', async () => {
    const user = await registerQuiet(Role.Enterprise);
    await prefs(user, { digest: true });
    const titles = ['收到合作意向', '收到合作邀请', '需求即将截止'];
    const requests = titles.map((title) =>
      request1(user, content({ title: { 'zh-CN': title, en: title } })),
    );
    expect(await send(requests)).toEqual([]);
    const held = await t.dataSource.query(
      `SELECT status FROM email_deliveries WHERE user_id = $1`,
      [user.id],
    );
    expect(held.map((h: { status: string }) => h.status)).toEqual([
      'held_for_digest',
      'held_for_digest',
      'held_for_digest',
    ]);
    await queueIdle();
    expect(smtp.to(user.email)).toHaveLength(0);

    const digest = worker.get(EmailDigest);
    const run = await digest.sendDue(new Date());
    expect(run.digests).toBeGreaterThanOrEqual(1);
    expect(run.notifications).toBeGreaterThanOrEqual(3);

    const date = new Intl.DateTimeFormat('en-CA', { timeZone: TZ }).format(new Date());
    const [d] = await t.dataSource.query(
      'SELECT id FROM email_deliveries WHERE idempotency_key = $1',
      [`digest:${user.id}:${date}`],
    );
    await untilStatus(d.id, 'sent');
    const mails = smtp.to(user.email);
    expect(mails).toHaveLength(1);
    expect(mails[0].subject).toBe(`【产教融合服务平台】${date} 通知摘要（3 条）`);
    for (const title of titles) expect(mails[0].text).toContain(title);

    const folded = await t.dataSource.query(
      `SELECT status, digest_id, sent_at FROM email_deliveries WHERE user_id = $1 AND kind <> 'digest'`,
      [user.id],
    );
    expect(folded).toHaveLength(3);
    for (const f of folded) expect(f).toMatchObject({ status: 'sent', digest_id: d.id });

    // A second run the same day finds nothing left and sends nothing twice.
    await digest.sendDue(new Date());
    await queueIdle();
    expect(smtp.to(user.email)).toHaveLength(1);
  });

  it('a permanent rejection (550) makes the delivery dead at once, listed for admins', async () => {
    const user = await registerQuiet(
      Role.Expert,
      `reject-${randomUUID().slice(0, 8)}@test.chanjiao.cn`,
    );
    const [id] = await send([request1(user)]);
    const dead = await untilStatus(id, 'dead');
    expect(dead.attempts).toBe(1);
    expect(dead.last_error).toMatch(/550/);
    // Its job completed (a dead delivery is not retried): no further try can follow.
    await eventually(async () =>
      (await queue.getJobState(emailJobId(id))) === 'completed' ? true : undefined,
    );
    expect((await row(id)).attempts).toBe(1);
    expect(smtp.to(user.email)).toHaveLength(0);

    const admin = await createAdmin(t);
    const list = await request(t.http)
      .get(`${API}/admin/email-deliveries?status=dead&userId=${user.id}`)
      .set(auth(admin))
      .expect(200);
    expect(list.body.items).toEqual([
      expect.objectContaining({ id, status: 'dead', attempts: 1, kind: 'match.connected' }),
    ]);
    await request(t.http).get(`${API}/admin/email-deliveries`).set(auth(user)).expect(403);
  });

  it('while the SMTP server is down the email is retried, then delivered once', async () => {
    const user = await registerQuiet(Role.Expert);
    await smtp.stop();
    try {
      const [id] = await send([request1(user)]);
      const failed = await untilStatus(id, 'failed');
      expect(failed.last_error).toMatch(/ECONNREFUSED|ESOCKET|ECONNECTION/);
    } finally {
      await smtp.start();
    }
    const [r] = await t.dataSource.query('SELECT id FROM email_deliveries WHERE user_id = $1', [
      user.id,
    ]);
    const sent = await untilStatus(r.id, 'sent', 20_000);
    expect(sent.attempts).toBeGreaterThanOrEqual(2);
    await queueIdle();
    expect(smtp.to(user.email)).toHaveLength(1);
  });

  it('the last allowed attempt that fails makes the delivery dead', async () => {
    const user = await registerQuiet(Role.Expert);
    await smtp.stop();
    try {
      const ids = await t.dataSource.transaction((m) => outbox.record(m, [request1(user)]));
      await t.dataSource.query('UPDATE email_deliveries SET attempts = $2 WHERE id = $1', [
        ids[0],
        EMAIL_MAX_ATTEMPTS - 1,
      ]);
      await outbox.dispatch(ids);
      const dead = await untilStatus(ids[0], 'dead');
      expect(dead.attempts).toBe(EMAIL_MAX_ATTEMPTS);
    } finally {
      await smtp.start();
    }
  });

  it('a send interrupted by a crash is sent again by requeuePending', async () => {
    const user = await registerQuiet(Role.Expert);
    const ids = await t.dataSource.transaction((m) => outbox.record(m, [request1(user)]));
    await t.dataSource.query(
      `UPDATE email_deliveries SET status = 'sending', attempts = 1,
              updated_at = now() - interval '1 hour' WHERE id = $1`,
      [ids[0]],
    );
    expect(await outbox.requeuePending()).toBeGreaterThanOrEqual(1);
    const sent = await untilStatus(ids[0], 'sent');
    expect(sent.attempts).toBe(2);
    expect(smtp.to(user.email)).toHaveLength(1);
  });

  it('records nothing for unknown accounts and skips one disabled before sending', async () => {
    expect(await send([request1({ id: randomUUID() })])).toEqual([]);
    const user = await registerQuiet(Role.Expert);
    const ids = await t.dataSource.transaction((m) => outbox.record(m, [request1(user)]));
    await t.dataSource.query('UPDATE users SET disabled_at = now() WHERE id = $1', [user.id]);
    await outbox.dispatch(ids);
    expect((await untilStatus(ids[0], 'skipped')).attempts).toBe(1);
    expect(smtp.to(user.email)).toHaveLength(0);
  });
});
