import { randomBytes } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it, jest } from '@jest/globals';
import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AppModule } from '../../apps/api/src/app.module';
import {
  CloseReason,
  type CreateDemandDto,
  DemandKind,
  DemandsService,
  DemandStatus,
} from '@app/demands';
import { AuthService } from '@app/identity';
import { OrganizationKind, OrganizationProfilesService } from '@app/organizations';
import { generateUscc } from '@app/reference';
import { type AuthUser, OutboxService, Role } from '@app/shared';
import { migrateTestDatabase } from '../support';

/**
 * Service tier: the demands use cases called directly (no HTTP) on the real database, checking
 * what each transaction leaves behind: the row and its outbox events, or nothing at all.
 */
describe('DemandsService on the real database', () => {
  let app: INestApplicationContext;
  let dataSource: DataSource;
  let demands: DemandsService;

  const unique = () => randomBytes(4).toString('hex');
  const actorOf = (id: string, role: Role): AuthUser => ({ id, role, sessionId: 'service-tier' });

  async function user(role: Role): Promise<AuthUser> {
    const created = await app.get(AuthService).createUser({
      email: `${role}-${unique()}@service.chanjiao.cn`,
      password: `Pw-${unique()}-1`,
      displayName: `服务层${role}`,
      role,
      locale: 'zh-CN',
    });
    return actorOf(created.id, role);
  }

  async function enterprise(verified: boolean): Promise<AuthUser> {
    const owner = await user(Role.Enterprise);
    const org = await app
      .get(OrganizationProfilesService)
      .create(owner, OrganizationKind.Enterprise, {
        name: `示范市服务层玻璃有限公司${unique()}`,
        creditCode: generateUscc(unique(), '130302'),
        industryCode: '3042',
        size: 'medium',
        district: '130302',
        description: '光伏玻璃深加工',
        tags: [],
      } as never);
    // Verification is the organisations context's use case (tested there): set as its outcome.
    if (verified) {
      await dataSource.query(`UPDATE organizations SET status = 'verified' WHERE id = $1`, [
        org.id,
      ]);
    }
    return owner;
  }

  const draft = (owner: AuthUser) =>
    demands.create(owner, {
      kind: DemandKind.Rnd,
      title: '钢化炉节能改造',
      description: '钢化炉能耗高，想找懂余热回收的老师。',
      skills: ['钢化炉'],
      tags: [],
      rnd: { problem: '能耗高' },
    } as unknown as CreateDemandDto);

  const eventsOf = async (id: string) =>
    (await dataSource.query(
      `SELECT event_type, aggregate_version, payload FROM outbox_events
        WHERE aggregate_id = $1 ORDER BY id`,
      [id],
    )) as { event_type: string; aggregate_version: number; payload: Record<string, unknown> }[];
  const rowOf = async (id: string) =>
    (await dataSource.query('SELECT status, version FROM demands WHERE id = $1', [id]))[0] as
      { status: string; version: number } | undefined;

  beforeAll(async () => {
    await migrateTestDatabase();
    app = await NestFactory.createApplicationContext(AppModule, { logger: ['error'] });
    dataSource = app.get<DataSource>(getDataSourceToken());
    demands = app.get(DemandsService);
  });
  afterEach(() => {
    jest.restoreAllMocks();
  });
  afterAll(async () => {
    await app.close();
  });

  it('publishes and closes with one outbox event per change, at the version it made', async () => {
    const owner = await enterprise(true);
    const d = await draft(owner);
    expect(await eventsOf(d.id)).toEqual([]);
    await demands.publish(owner, d.id);
    await demands.close(owner, d.id, { reason: CloseReason.Filled });
    expect(await rowOf(d.id)).toEqual({ status: DemandStatus.Closed, version: 3 });
    const events = await eventsOf(d.id);
    expect(events.map((e) => [e.event_type, e.aggregate_version])).toEqual([
      ['demand.published', 2],
      ['demand.closed', 3],
    ]);
    expect(events[1].payload).toMatchObject({
      demandId: d.id,
      status: 'closed',
      closeReason: 'filled',
      kind: 'rnd',
    });
  });

  it('answers each change with exactly what a fresh read of the row returns', async () => {
    const owner = await enterprise(true);
    const d = await draft(owner);
    const edited = await demands.update(owner, d.id, {
      title: '钢化炉余热回收改造',
      skills: ['余热回收', '钢化炉'],
      rnd: { problem: '能耗高，夏天车间太热' },
    } as never);
    expect(edited).toMatchObject({ title: '钢化炉余热回收改造', version: 2 });
    expect(edited.updatedAt.getTime()).toBeGreaterThan(d.updatedAt.getTime());
    expect(await demands.get(owner, d.id)).toEqual(edited);
    const published = await demands.publish(owner, d.id);
    expect(await demands.get(undefined, d.id)).toEqual(published);
    const closed = await demands.close(owner, d.id, { reason: CloseReason.Filled, note: '已找到' });
    expect(closed).toMatchObject({ status: 'closed', closeNote: '已找到', version: 4 });
    expect(await demands.get(undefined, d.id)).toEqual(closed);
  });

  it('leaves an unverified enterprise its draft untouched and records no event', async () => {
    const owner = await enterprise(false);
    const d = await draft(owner);
    await expect(demands.publish(owner, d.id)).rejects.toMatchObject({ code: 'ORG_NOT_VERIFIED' });
    expect(await rowOf(d.id)).toEqual({ status: DemandStatus.Draft, version: 1 });
    expect(await eventsOf(d.id)).toEqual([]);
  });

  it('rolls the change back when its event cannot be recorded (never half-written)', async () => {
    const owner = await enterprise(true);
    const d = await draft(owner);
    jest
      .spyOn(OutboxService.prototype, 'record')
      .mockRejectedValueOnce(new Error('outbox insert failed'));
    await expect(demands.publish(owner, d.id)).rejects.toThrow('outbox insert failed');
    expect(await rowOf(d.id)).toEqual({ status: DemandStatus.Draft, version: 1 });
    expect(await eventsOf(d.id)).toEqual([]);
    // The same call succeeds once the outbox works again.
    await demands.publish(owner, d.id);
    expect(await rowOf(d.id)).toEqual({ status: DemandStatus.Open, version: 2 });
  });

  it('hides another enterprise’s draft as not found', async () => {
    const owner = await enterprise(true);
    const stranger = await enterprise(true);
    const d = await draft(owner);
    await expect(demands.publish(stranger, d.id)).rejects.toMatchObject({ kind: 'not_found' });
    await expect(demands.get(stranger, d.id)).rejects.toMatchObject({ kind: 'not_found' });
    expect(await rowOf(d.id)).toEqual({ status: DemandStatus.Draft, version: 1 });
  });
});
