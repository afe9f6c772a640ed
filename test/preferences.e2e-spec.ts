import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { NOTIFICATION_KINDS, NotificationPreferences } from '@app/notifications';
import { Role } from '@app/shared';
import {
  API,
  type Account,
  auth,
  createTestApp,
  expectProblem,
  registerAccount,
  type TestApp,
} from './support';

const PATH = `${API}/me/notification-preferences`;

describe('notification preferences', () => {
  let t: TestApp;
  const get = (a: Account) => request(t.http).get(PATH).set(auth(a));
  const patch = (a: Account, body: object) => request(t.http).patch(PATH).set(auth(a)).send(body);
  const put = (a: Account, body: object) => request(t.http).put(PATH).set(auth(a)).send(body);

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('a new account has the defaults: every kind in-app, email except the noisy kinds', async () => {
    const a = await registerAccount(t.http, Role.Expert);
    const res = await get(a).expect(200);
    expect(res.body).toMatchObject({
      locale: 'zh-CN',
      digest: false,
      quietHours: null,
      timeZone: 'Asia/Shanghai',
      digestHour: 8,
      version: 0,
      updatedAt: null,
    });
    expect(Object.keys(res.body.channels)).toEqual([...NOTIFICATION_KINDS]);
    for (const kind of NOTIFICATION_KINDS) {
      const quiet = kind === 'demand.matched' || kind === 'saved_search.alert';
      expect([kind, res.body.channels[kind]]).toEqual([kind, { inApp: true, email: !quiet }]);
    }
    const rows = await t.dataSource.query(
      'SELECT 1 FROM notification_preferences WHERE user_id = $1',
      [a.id],
    );
    expect(rows).toHaveLength(0);
  });

  it("takes the account's language until the user chooses another", async () => {
    const a = await registerAccount(t.http, Role.College, undefined, {
      locale: 'en',
      displayName: 'Ms Wang',
    });
    expect((await get(a).expect(200)).body.locale).toBe('en');
    expect((await patch(a, { digest: true }).expect(200)).body).toMatchObject({
      locale: 'en',
      digest: true,
      version: 1,
    });
    expect((await patch(a, { locale: 'zh-CN' }).expect(200)).body.locale).toBe('zh-CN');
  });

  it('PATCH changes only what it names; PUT replaces the whole set', async () => {
    const a = await registerAccount(t.http, Role.Enterprise);
    const first = await patch(a, {
      channels: { 'demand.matched': { email: true }, 'match.withdrawn': { inApp: false } },
      quietHours: { start: '22:00', end: '07:00' },
    }).expect(200);
    expect(first.body).toMatchObject({
      locale: 'zh-CN',
      digest: false,
      quietHours: { start: '22:00', end: '07:00' },
      version: 1,
      updatedAt: expect.any(String),
    });
    expect(first.body.channels['demand.matched']).toEqual({ inApp: true, email: true });
    expect(first.body.channels['match.withdrawn']).toEqual({ inApp: false, email: true });
    expect(first.body.channels['match.connected']).toEqual({ inApp: true, email: true });

    const second = await patch(a, {
      locale: 'en',
      channels: { 'match.withdrawn': { email: false } },
    }).expect(200);
    expect(second.body).toMatchObject({ locale: 'en', quietHours: { start: '22:00' }, version: 2 });
    expect(second.body.channels['match.withdrawn']).toEqual({ inApp: false, email: false });
    expect(second.body.channels['demand.matched']).toEqual({ inApp: true, email: true });
    expect((await get(a).expect(200)).body).toEqual(second.body);

    // Only the differences from the defaults are stored.
    const [row] = await t.dataSource.query(
      'SELECT channels, locale, quiet_hours_start, quiet_hours_end FROM notification_preferences WHERE user_id = $1',
      [a.id],
    );
    expect(row).toEqual({
      channels: {
        'demand.matched': { email: true },
        'match.withdrawn': { inApp: false, email: false },
      },
      locale: 'en',
      quiet_hours_start: '22:00',
      quiet_hours_end: '07:00',
    });

    const replaced = await put(a, {
      locale: 'zh-CN',
      digest: true,
      quietHours: null,
      channels: { 'saved_search.alert': { inApp: false } },
    }).expect(200);
    expect(replaced.body).toMatchObject({
      locale: 'zh-CN',
      digest: true,
      quietHours: null,
      version: 3,
    });
    expect(replaced.body.channels['demand.matched']).toEqual({ inApp: true, email: false });
    expect(replaced.body.channels['match.withdrawn']).toEqual({ inApp: true, email: true });
    expect(replaced.body.channels['saved_search.alert']).toEqual({ inApp: false, email: false });

    const cleared = await patch(a, { quietHours: null }).expect(200);
    expect(cleared.body.quietHours).toBeNull();
  });

  it('refuses bad input with 400 and a stable code per field', async () => {
    const a = await registerAccount(t.http, Role.Expert);
    const codes = async (res: request.Response) =>
      expectProblem(res, 400, 'VALIDATION_FAILED').errors!.map((e) => [e.field, e.code]);

    expect(
      await codes(
        await patch(a, {
          channels: {
            'demand.nope': { email: true },
            'match.connected': true,
            'match.declined': { sms: true, email: 'yes' },
          },
        }),
      ),
    ).toEqual([
      ['channels.demand.nope', 'UNKNOWN_NOTIFICATION_KIND'],
      ['channels.match.connected', 'INVALID_CHANNEL_CHOICE'],
      ['channels.match.declined.sms', 'UNKNOWN_CHANNEL'],
      ['channels.match.declined.email', 'INVALID_BOOLEAN'],
    ]);
    expect(await codes(await patch(a, { quietHours: { start: '24:00', end: '7:00' } }))).toEqual([
      ['quietHours.start', 'INVALID_CLOCK_TIME'],
      ['quietHours.end', 'INVALID_CLOCK_TIME'],
    ]);
    expect(await codes(await patch(a, { quietHours: { start: '22:00' } }))).toEqual([
      ['quietHours.end', 'INVALID_CLOCK_TIME'],
    ]);
    expect(await codes(await patch(a, { quietHours: { start: '08:00', end: '08:00' } }))).toEqual([
      ['quietHours', 'QUIET_HOURS_EMPTY'],
    ]);
    expect(await codes(await patch(a, { locale: 'fr' }))).toEqual([['locale', 'INVALID_IN']]);
    expect(await codes(await patch(a, { digest: 'yes' }))).toEqual([['digest', 'INVALID_BOOLEAN']]);
    expect(await codes(await patch(a, { channels: ['demand.matched'] }))).toEqual([
      ['channels', 'INVALID_OBJECT'],
    ]);
    expect(await codes(await patch(a, { digest: null }))).toEqual([['digest', 'INVALID_BOOLEAN']]);
    const putCodes = await codes(await put(a, { locale: 'en', digest: false }));
    expect(putCodes).toEqual(
      expect.arrayContaining([
        ['quietHours', 'REQUIRED'],
        ['channels', 'INVALID_OBJECT'],
      ]),
    );
    // Nothing was changed by the refused requests.
    expect((await get(a).expect(200)).body.version).toBe(0);
    expectProblem(await request(t.http).patch(PATH).send({ digest: true }), 401, 'AUTH_REQUIRED');
  });

  it("reads and changes only the caller's own preferences", async () => {
    const a = await registerAccount(t.http, Role.Expert);
    const b = await registerAccount(t.http, Role.College);
    await patch(a, { digest: true, channels: { 'demand.matched': { email: true } } }).expect(200);
    const theirs = await get(b).expect(200);
    expect(theirs.body).toMatchObject({ digest: false, version: 0 });
    expect(theirs.body.channels['demand.matched']).toEqual({ inApp: true, email: false });

    const res = await patch(b, { userId: a.id, digest: false });
    expect(expectProblem(res, 400, 'VALIDATION_FAILED').errors).toEqual([
      expect.objectContaining({ field: 'userId', code: 'UNKNOWN_FIELD' }),
    ]);
    expect((await get(a).expect(200)).body.digest).toBe(true);
  });

  it('channelsFor answers for many users in one query, with defaults for the rest', async () => {
    const a = await registerAccount(t.http, Role.Expert);
    await patch(a, { channels: { 'demand.matched': { email: true, inApp: false } } }).expect(200);
    const others = Array.from({ length: 10_000 }, () => randomUUID());
    const preferences = t.app.get(NotificationPreferences);

    const started = Date.now();
    const choices = await preferences.channelsFor([a.id, ...others, a.id], 'demand.matched');
    expect(Date.now() - started).toBeLessThan(2000);
    expect(choices.size).toBe(10_001);
    expect(choices.get(a.id)).toEqual({ inApp: false, email: true });
    expect(choices.get(others[0])).toEqual({ inApp: true, email: false });
    expect((await preferences.channelsFor([a.id], 'match.connected')).get(a.id)).toEqual({
      inApp: true,
      email: true,
    });
    expect((await preferences.channelsFor([], 'match.connected')).size).toBe(0);
  });
});
