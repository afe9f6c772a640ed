import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { CreateBucketCommand, ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import { getQueueToken } from '@nestjs/bullmq';
import type { INestApplicationContext } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { Queues } from '@app/shared';
import {
  API,
  type Account,
  auth,
  createAdmin,
  createTestApp,
  demandBody,
  eventually,
  expectProblem,
  expertWithProfile,
  startWorker,
  type TestApp,
  verifiedEnterprise,
  withEnv,
} from './support';
import { pdfBytes, pngBytes } from './support/files';
import { type LoopbackS3, S3RVER_CREDENTIALS, startLoopbackS3 } from './support/s3-server';

interface Entry {
  kind: string;
  title: Record<string, string>;
  body: Record<string, string>;
  link: { type: string; id: string } | null;
  data: Record<string, unknown>;
}

/** Collects a binary response body as a Buffer. */
function binary(res: request.Response, callback: (error: Error | null, body: Buffer) => void) {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => callback(null, Buffer.concat(chunks)));
}

describe('conversations between the two sides of a match', () => {
  let t: TestApp;
  let worker: INestApplicationContext;
  let storageDir: string;
  let admin: Account;
  let owner: Account;
  let expert: Account;
  let matchId: string;
  let threadId: string;

  const post = (account: Account, path: string, body: object = {}) =>
    request(t.http).post(`${API}${path}`).set(auth(account)).send(body);
  const get = (account: Account, path: string) =>
    request(t.http).get(`${API}${path}`).set(auth(account));
  const upload = (account: Account, id: string, text: string, files: [Buffer, string][]) => {
    const req = request(t.http)
      .post(`${API}/conversations/${id}/messages`)
      .set(auth(account))
      .field('body', text);
    for (const [data, name] of files) req.attach('files', data, { filename: name });
    return req;
  };
  const unread = async (account: Account) =>
    (await get(account, '/conversations/unread-count').expect(200)).body.unread as number;
  const inbox = async (account: Account, kind: string): Promise<Entry[]> => {
    const res = await get(account, '/notifications?pageSize=100').expect(200);
    return (res.body.items as Entry[]).filter((n) => n.kind === kind);
  };
  const settled = async () => {
    const queue = worker.get<Queue>(getQueueToken(Queues.Notifications), { strict: false });
    await eventually(async () => {
      const [{ n }] = await t.dataSource.query(
        'SELECT count(*)::int AS n FROM outbox_events WHERE published_at IS NULL',
      );
      const counts = await queue.getJobCounts('waiting', 'active', 'delayed', 'prioritized');
      const busy = Object.values(counts).reduce((a, b) => a + b, 0);
      return n === 0 && busy === 0 ? true : undefined;
    }, 30_000);
  };

  async function openDemand(account: Account): Promise<string> {
    const draft = await post(account, '/demands', demandBody('rnd')).expect(201);
    await post(account, `/demands/${draft.body.id}/publish`).expect(200);
    return draft.body.id as string;
  }

  beforeAll(async () => {
    storageDir = await mkdtemp(join(tmpdir(), 'chanjiao-e2e-attachments-'));
    await withEnv({ STORAGE_DRIVER: 'local', STORAGE_DIR: storageDir }, async () => {
      t = await createTestApp();
      worker = await startWorker();
    });
    admin = await createAdmin(t);
    ({ account: owner } = await verifiedEnterprise(t, admin));
    ({ account: expert } = await expertWithProfile(t.http));
    const demandId = await openDemand(owner);
    const interest = await post(expert, `/demands/${demandId}/interests`, {
      message: '我们团队做过钢化炉温控改造，可以上门诊断。',
    }).expect(201);
    matchId = interest.body.id;
  });
  afterAll(async () => {
    await worker?.close();
    await t?.close();
    await rm(storageDir, { recursive: true, force: true });
  });

  it('while pending, the thread shows only the opening message and takes none', async () => {
    const opened = await post(expert, '/conversations', {
      subjectType: 'connection',
      subjectId: matchId,
    }).expect(200);
    threadId = opened.body.id;
    expect(opened.body).toMatchObject({
      subject: {
        type: 'connection',
        id: matchId,
        title: '光伏玻璃钢化工艺优化',
        status: 'pending',
      },
      mySide: 'candidate',
      writable: false,
      readOnlyReason: 'CONVERSATION_NOT_OPEN',
      opening: { side: 'candidate', text: '我们团队做过钢化炉温控改造，可以上门诊断。' },
      messageCount: 0,
      unread: 0,
      lastMessage: null,
    });
    expect(opened.body.parties.map((p: { side: string }) => p.side).sort()).toEqual([
      'candidate',
      'owner',
    ]);
    // Opening again, from the other side, gives the same thread.
    const again = await post(owner, '/conversations', {
      subjectType: 'connection',
      subjectId: matchId,
    }).expect(200);
    expect(again.body.id).toBe(threadId);
    expect(again.body.mySide).toBe('owner');
    expect((await get(owner, `/conversations/${threadId}/messages`).expect(200)).body).toEqual({
      items: [],
      page: 1,
      pageSize: 20,
      total: 0,
    });
    expectProblem(
      await post(expert, `/conversations/${threadId}/messages`, { body: '您好' }),
      409,
      'CONVERSATION_NOT_OPEN',
    );
  });

  it('once connected, both sides converse; unread counts go up and down', async () => {
    await post(owner, `/matches/${matchId}/accept`).expect(200);
    const first = await post(expert, `/conversations/${threadId}/messages`, {
      body: '  您好，我下周二上午可以到厂里看一下钢化炉。  ',
    }).expect(201);
    expect(first.body).toMatchObject({
      threadId,
      seq: 1,
      senderSide: 'candidate',
      mine: true,
      body: '您好，我下周二上午可以到厂里看一下钢化炉。',
      attachments: [],
    });
    expect(await unread(owner)).toBe(1);
    expect(await unread(expert)).toBe(0);

    const mine = await get(owner, '/conversations').expect(200);
    const listed = mine.body.items.find((th: { id: string }) => th.id === threadId);
    expect(listed).toMatchObject({
      writable: true,
      readOnlyReason: null,
      unread: 1,
      messageCount: 1,
      lastMessage: { id: first.body.id, mine: false, senderName: '测试expert' },
      lastMessageAt: first.body.createdAt,
    });

    const read = await post(owner, `/conversations/${threadId}/read`).expect(200);
    expect(read.body.unread).toBe(0);
    expect(await unread(owner)).toBe(0);

    await post(owner, `/conversations/${threadId}/messages`, {
      body: '好的，周二上午九点见。',
    }).expect(201);
    await post(owner, `/conversations/${threadId}/messages`, {
      body: '地址是开发区光伏产业园3号厂房。',
    }).expect(201);
    expect(await unread(expert)).toBe(2);
    expect(await unread(owner)).toBe(0);

    const page = await get(expert, `/conversations/${threadId}/messages?pageSize=2`).expect(200);
    expect(page.body.total).toBe(3);
    expect(page.body.items.map((m: { seq: number }) => m.seq)).toEqual([3, 2]);
    await post(expert, `/conversations/${threadId}/read`).expect(200);
    expect(await unread(expert)).toBe(0);
  });

  it('a PNG with a Chinese name goes up and comes down byte for byte, with its sniffed type', async () => {
    const png = pngBytes(3, 2);
    const sent = await upload(owner, threadId, '现场照片见附件。', [
      [png, '钢化炉现场照片.png'],
    ]).expect(201);
    expect(sent.body.attachments).toHaveLength(1);
    const [attachment] = sent.body.attachments;
    expect(attachment).toMatchObject({
      fileName: '钢化炉现场照片.png',
      contentType: 'image/png',
      sizeBytes: png.length,
      url: `${API}/conversations/${threadId}/attachments/${attachment.id}`,
    });
    // The stored file is named by a random key, not by the user's file name.
    const stored = (
      await Promise.all(
        (await readdir(storageDir)).map((d) => readdir(join(storageDir, d)).catch(() => [])),
      )
    ).flat();
    expect(stored.length).toBeGreaterThan(0);
    expect(stored.join()).not.toContain('.png');

    const res = await request(t.http)
      .get(attachment.url)
      .set(auth(expert))
      .buffer(true)
      .parse(binary)
      .expect(200);
    expect(Buffer.compare(res.body as Buffer, png)).toBe(0);
    expect(res.headers['content-type']).toBe('image/png');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-disposition']).toBe(
      `attachment; filename="_______.png"; filename*=UTF-8''${encodeURIComponent('钢化炉现场照片.png')}`,
    );
    // Admins read too.
    await request(t.http).get(attachment.url).set(auth(admin)).expect(200);
  });

  it('refuses files whose content is not what their name says (415) and oversized ones (413)', async () => {
    const before = (await get(owner, `/conversations/${threadId}`).expect(200)).body.messageCount;
    expectProblem(
      await upload(owner, threadId, '报价单', [[pdfBytes(), '报价单.png']]),
      415,
      'ATTACHMENT_TYPE_MISMATCH',
    );
    expectProblem(
      await upload(owner, threadId, '脚本', [[Buffer.from('#!/bin/sh\nrm -rf /\n'), 'run.pdf']]),
      415,
      'UNSUPPORTED_ATTACHMENT_TYPE',
    );
    expectProblem(
      await upload(owner, threadId, '说明', [[Buffer.from('纯文本'), '说明.txt']]),
      415,
      'UNSUPPORTED_ATTACHMENT_TYPE',
    );
    const huge = Buffer.concat([pngBytes(), Buffer.alloc(10 * 1024 * 1024)]);
    expectProblem(
      await upload(owner, threadId, '大图', [[huge, '大图.png']]),
      413,
      'ATTACHMENT_TOO_LARGE',
    );
    // One good file and one bad: nothing is sent.
    expectProblem(
      await upload(owner, threadId, '两个附件', [
        [pngBytes(), 'ok.png'],
        [pdfBytes(), 'bad.xlsx'],
      ]),
      415,
      'ATTACHMENT_TYPE_MISMATCH',
    );
    const after = (await get(owner, `/conversations/${threadId}`).expect(200)).body.messageCount;
    expect(after).toBe(before);
  });

  it('refuses empty, overlong and control-character text with codes', async () => {
    const path = `/conversations/${threadId}/messages`;
    const field = (res: request.Response) => expectProblem(res, 400, 'VALIDATION_FAILED').errors;
    expect(field(await post(owner, path, { body: '   ' }))).toEqual([
      expect.objectContaining({ field: 'body', code: 'EMPTY_MESSAGE' }),
    ]);
    expect(field(await post(owner, path, { body: '长'.repeat(4001) }))).toEqual([
      expect.objectContaining({ field: 'body', code: 'MESSAGE_TOO_LONG' }),
    ]);
    expectProblem(await post(owner, path, { body: 'bell\u0007' }), 400, 'INVALID_CHARACTERS');
    expectProblem(await post(owner, path, { body: 'nul\u0000' }), 400, 'INVALID_CHARACTERS');
    expectProblem(await upload(owner, threadId, 'esc\u001b[2J', []), 400, 'INVALID_CHARACTERS');
    expectProblem(await post(owner, path, {}), 400, 'VALIDATION_FAILED');
  });

  it('the other side is notified of each message, the sender is not', async () => {
    await settled();
    const toOwner = await inbox(owner, 'conversation.message_received');
    const toExpert = await inbox(expert, 'conversation.message_received');
    // The expert wrote 1 message, the owner 3.
    expect(toOwner).toHaveLength(1);
    expect(toExpert).toHaveLength(3);
    expect(toOwner[0]).toMatchObject({
      link: { type: 'conversation', id: threadId },
      data: { threadId, subjectType: 'connection', subjectId: matchId, senderSide: 'candidate' },
    });
    expect(toOwner[0].title['zh-CN']).toBe('李工给您发来新消息');
    expect(toOwner[0].body['zh-CN']).toContain('您好，我下周二上午可以到厂里看一下钢化炉。');
    expect(toExpert.some((n) => n.body['zh-CN'].includes('（附件 1 个）'))).toBe(true);
    // The event carries identifiers only, never the text.
    const events = await t.dataSource.query(
      `SELECT payload FROM outbox_events WHERE event_type = 'conversation.message_posted'
        AND payload->>'threadId' = $1`,
      [threadId],
    );
    expect(events).toHaveLength(4);
    expect(JSON.stringify(events)).not.toContain('钢化炉');
  });

  it('to a third party the thread, its messages and attachments do not exist (404)', async () => {
    const messages = (await get(owner, `/conversations/${threadId}/messages`).expect(200)).body
      .items as { id: string; attachments: { url: string }[] }[];
    const url = messages.flatMap((m) => m.attachments)[0].url;
    const { account: otherEnterprise } = await verifiedEnterprise(t, admin);
    const { account: otherExpert } = await expertWithProfile(t.http, { name: '王工' });
    for (const stranger of [otherEnterprise, otherExpert]) {
      expectProblem(
        await get(stranger, `/conversations/${threadId}`),
        404,
        'CONVERSATION_NOT_FOUND',
      );
      expectProblem(
        await get(stranger, `/conversations/${threadId}/messages`),
        404,
        'CONVERSATION_NOT_FOUND',
      );
      expectProblem(
        await request(t.http).get(url).set(auth(stranger)),
        404,
        'CONVERSATION_NOT_FOUND',
      );
      expectProblem(
        await post(stranger, `/conversations/${threadId}/messages`, { body: '你好' }),
        404,
        'CONVERSATION_NOT_FOUND',
      );
      expectProblem(
        await post(stranger, `/conversations/${threadId}/read`),
        404,
        'CONVERSATION_NOT_FOUND',
      );
      expectProblem(
        await post(stranger, `/conversations/${threadId}/messages/${messages[0].id}/report`, {
          reason: '看看',
        }),
        404,
        'CONVERSATION_NOT_FOUND',
      );
      expectProblem(
        await post(stranger, '/conversations', { subjectType: 'connection', subjectId: matchId }),
        404,
        'CONVERSATION_NOT_FOUND',
      );
      expect((await get(stranger, '/conversations').expect(200)).body.total).toBe(0);
      expect(await unread(stranger)).toBe(0);
    }
    expectProblem(
      await get(owner, `/conversations/${threadId}/attachments/${messages[0].id}`),
      404,
      'ATTACHMENT_NOT_FOUND',
    );
    expectProblem(await get(owner, '/conversations/not-a-uuid'), 400, 'INVALID_ID');
    // Admins read, but do not write.
    await get(admin, `/conversations/${threadId}/messages`).expect(200);
    const asAdmin = await get(admin, `/conversations/${threadId}`).expect(200);
    expect(asAdmin.body).toMatchObject({ mySide: null, writable: false });
    expectProblem(
      await post(admin, `/conversations/${threadId}/messages`, { body: '管理员' }),
      403,
      'ADMINS_READ_ONLY',
    );
  });

  it('a reported message reaches the admins, who resolve it (audited)', async () => {
    const items = (await get(owner, `/conversations/${threadId}/messages?pageSize=100`).expect(200))
      .body.items as { id: string; mine: boolean }[];
    const theirs = items.find((m) => !m.mine)!;
    const own = items.find((m) => m.mine)!;
    const path = `/conversations/${threadId}/messages/${theirs.id}/report`;
    const report = await post(owner, path, { reason: '对方发送了与合作无关的广告信息。' }).expect(
      201,
    );
    expect(report.body).toMatchObject({
      status: 'open',
      reporterUserId: owner.id,
      message: { id: theirs.id, threadId },
    });
    expectProblem(await post(owner, path, { reason: '再次举报' }), 409, 'DUPLICATE_REPORT');
    expectProblem(
      await post(owner, `/conversations/${threadId}/messages/${own.id}/report`, { reason: '自己' }),
      409,
      'OWN_MESSAGE',
    );
    expectProblem(await post(owner, path, { reason: '' }), 400, 'VALIDATION_FAILED');
    expectProblem(await get(owner, '/admin/message-reports'), 403, 'ROLE_FORBIDDEN');

    const open = await get(admin, '/admin/message-reports?status=open').expect(200);
    expect(open.body.items.map((r: { id: string }) => r.id)).toContain(report.body.id);
    const resolved = await post(admin, `/admin/message-reports/${report.body.id}/resolve`, {
      outcome: 'resolved',
      note: '已提醒对方',
    }).expect(200);
    expect(resolved.body).toMatchObject({ status: 'resolved', resolvedBy: admin.id });
    expectProblem(
      await post(admin, `/admin/message-reports/${report.body.id}/resolve`, {
        outcome: 'dismissed',
      }),
      409,
      'REPORT_ALREADY_CLOSED',
    );
    const stillOpen = await get(admin, '/admin/message-reports?status=open').expect(200);
    expect(stillOpen.body.items.map((r: { id: string }) => r.id)).not.toContain(report.body.id);
    // Resolved: the same user may report the message again.
    await post(owner, path, { reason: '又发了一次广告。' }).expect(201);

    const audit = await get(admin, `/admin/audit?targetId=${theirs.id}`).expect(200);
    expect(audit.body.items.map((e: { action: string }) => e.action)).toEqual([
      'message.reported',
      'message.reported',
    ]);
    const resolution = await get(admin, `/admin/audit?targetId=${report.body.id}`).expect(200);
    expect(resolution.body.items).toEqual([
      expect.objectContaining({ action: 'message_report.resolved', actorId: admin.id }),
    ]);
  });

  it('after a withdrawal the thread is read-only', async () => {
    const demandId = await openDemand(owner);
    const { account: other } = await expertWithProfile(t.http, { name: '赵工' });
    const interest = await post(other, `/demands/${demandId}/interests`, {
      message: '想了解一下',
    }).expect(201);
    const thread = await post(other, '/conversations', {
      subjectType: 'connection',
      subjectId: interest.body.id,
    }).expect(200);
    await post(other, `/matches/${interest.body.id}/withdraw`).expect(200);
    const after = await get(other, `/conversations/${thread.body.id}`).expect(200);
    expect(after.body).toMatchObject({
      writable: false,
      readOnlyReason: 'CONVERSATION_CLOSED',
      subject: { status: 'withdrawn' },
    });
    expectProblem(
      await post(other, `/conversations/${thread.body.id}/messages`, { body: '还在吗？' }),
      409,
      'CONVERSATION_CLOSED',
    );
    expectProblem(
      await post(owner, '/conversations', {
        subjectType: 'connection',
        subjectId: '00000000-0000-4000-8000-000000000000',
      }),
      404,
      'CONVERSATION_NOT_FOUND',
    );
  });
});

describe('conversation attachments in an S3-compatible store (s3rver on loopback)', () => {
  const bucket = 'chanjiao-e2e-attachments';
  let s3: LoopbackS3;
  let client: S3Client;
  let t: TestApp;

  const post = (account: Account, path: string, body: object = {}) =>
    request(t.http).post(`${API}${path}`).set(auth(account)).send(body);

  beforeAll(async () => {
    s3 = await startLoopbackS3();
    client = new S3Client({
      region: 'us-east-1',
      endpoint: s3.endpoint,
      forcePathStyle: true,
      credentials: S3RVER_CREDENTIALS,
    });
    await client.send(new CreateBucketCommand({ Bucket: bucket }));
    t = await withEnv(
      {
        STORAGE_DRIVER: 's3',
        S3_ENDPOINT: s3.endpoint,
        S3_BUCKET: bucket,
        S3_ACCESS_KEY_ID: S3RVER_CREDENTIALS.accessKeyId,
        S3_SECRET_ACCESS_KEY: S3RVER_CREDENTIALS.secretAccessKey,
        S3_FORCE_PATH_STYLE: 'true',
      },
      () => createTestApp(),
    );
  });
  afterAll(async () => {
    await t?.close();
    client?.destroy();
    await s3?.stop();
  });

  it('stores the file under a random key and serves it back byte for byte', async () => {
    const admin = await createAdmin(t);
    const { account: owner } = await verifiedEnterprise(t, admin);
    const { account: expert, expert: profile } = await expertWithProfile(t.http);
    const draft = await post(owner, '/demands', demandBody('rnd')).expect(201);
    await post(owner, `/demands/${draft.body.id}/publish`).expect(200);
    const invitation = await post(owner, `/demands/${draft.body.id}/invitations`, {
      expertId: profile.id,
      message: '诚邀您参与钢化工艺攻关。',
    }).expect(201);
    const matchId = invitation.body.id as string;
    await post(expert, `/matches/${matchId}/accept`).expect(200);
    const thread = await post(expert, '/conversations', {
      subjectType: 'connection',
      subjectId: matchId,
    }).expect(200);

    const png = pngBytes(4, 4, [10, 120, 200]);
    const sent = await request(t.http)
      .post(`${API}/conversations/${thread.body.id}/messages`)
      .set(auth(expert))
      .field('body', '产线示意图见附件。')
      .attach('files', png, { filename: '产线示意图.png' })
      .expect(201);
    const [attachment] = sent.body.attachments;

    const listed = await client.send(new ListObjectsV2Command({ Bucket: bucket }));
    const keys = (listed.Contents ?? []).map((o) => o.Key ?? '');
    expect(keys).toHaveLength(1);
    expect(keys[0]).toMatch(/^[0-9a-f]{2}\/[0-9a-f]{40}$/);

    const res = await request(t.http)
      .get(attachment.url)
      .set(auth(owner))
      .buffer(true)
      .parse(binary)
      .expect(200);
    expect(Buffer.compare(res.body as Buffer, png)).toBe(0);
    expect(res.headers['content-type']).toBe('image/png');
    expect(res.headers['content-disposition']).toContain(
      `filename*=UTF-8''${encodeURIComponent('产线示意图.png')}`,
    );
  });
});
