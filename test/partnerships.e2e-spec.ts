import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { INestApplicationContext } from '@nestjs/common';
import { Workbook } from 'exceljs';
import request from 'supertest';
import { StalledPartnerships } from '@app/programmes';
import { Role } from '@app/shared';
import {
  API,
  type Account,
  auth,
  createAdmin,
  createOperator,
  createTestApp,
  eventually,
  expectProblem,
  registerAccount,
  startWorker,
  type TestApp,
  verifiedCollege,
  verifiedEnterprise,
} from './support';
import { binaryBody } from './support/files';

type Org = { account: Account; org: { id: string; name: string } };

const DAY = 86_400_000;

/**
 * Partnership health and contribution records (issue 12) on a small hand-checked set:
 *
 * Pair A (enterprise × collegeA): an order class (cohort 40) whose 2024 cohort outcome is
 * confirmed (32 hired) and whose 2025 one is only reported (40 hired, ignored by the score); an
 * R&D project (budget 500 000) with a confirmed saving of 200 000; milestones: one completed
 * late (due 2026-01-05), one completed early (due 2099-12-31), one open and not yet due.
 *   milestones 1/2 = 0.5 · graduates 32/40 = 0.8 · funds 200 000/500 000 = 0.4 · activity 1
 *   score = 100 × (0.3·0.5 + 0.3·0.8 + 0.2·0.4 + 0.2·1) / 1.0 = 100 × 0.67 = 67
 * Pair B (enterprise × collegeB): one running teacher-practice project, nothing else:
 *   activity only → 100 today; 100 days later it is stalled (running, idle ≥ 90 days).
 */
describe('partnership health and contribution records', () => {
  let t: TestApp;
  let worker: INestApplicationContext;
  let admin: Account;
  let enterprise: Org;
  let collegeA: Org;
  let collegeB: Org;
  let outsider: Org;
  let operator: Account;
  let otherOperator: Account;
  let member: Account;

  const post = (account: Account, path: string, body: object = {}) =>
    request(t.http).post(`${API}${path}`).set(auth(account)).send(body);
  const get = (account: Account, path: string) =>
    request(t.http).get(`${API}${path}`).set(auth(account));

  async function project(body: Record<string, unknown>, orgIds: string[]): Promise<string> {
    const res = await post(admin, '/projects', { ...body, partners: { organizationIds: orgIds } });
    expect(res.status).toBe(201);
    return res.body.id as string;
  }

  async function outcome(
    reporter: Account,
    confirmer: Account | null,
    projectId: string,
    period: string,
    figures: Record<string, number>,
  ) {
    const res = await post(reporter, `/projects/${projectId}/outcomes`, { period, figures });
    expect(res.status).toBe(201);
    if (confirmer) {
      await post(confirmer, `/projects/${projectId}/outcomes/${res.body.id}/confirm`).expect(200);
    }
  }

  beforeAll(async () => {
    t = await createTestApp();
    worker = await startWorker();
    admin = await createAdmin(t);
    // A district of their own, so the operators' scopes are exact.
    enterprise = await verifiedEnterprise(t, admin, { district: '130304' });
    collegeA = await verifiedCollege(t, admin, { district: '130304' });
    collegeB = await verifiedCollege(t, admin, { district: '130304' });
    outsider = await verifiedEnterprise(t, admin);
    operator = await createOperator(t, admin, ['130304']);
    otherOperator = await createOperator(t, admin, ['130303']);
    member = await registerAccount(t.http, Role.Enterprise);
    await t.dataSource.query(
      `INSERT INTO organization_members (organization_id, user_id, role) VALUES ($1, $2, 'member')`,
      [enterprise.org.id, member.id],
    );

    const orderClass = await project(
      {
        kind: 'order_class',
        title: '烘焙订单班（2024级）',
        startDate: '2024-09-01',
        endDate: '2027-06-30',
        details: {
          majorCode: '460305',
          cohortYear: 2024,
          cohortSize: 40,
          curriculumCoDesigned: true,
        },
      },
      [enterprise.org.id, collegeA.org.id],
    );
    await outcome(collegeA.account, enterprise.account, orderClass, '2024', {
      enrolled: 40,
      graduated: 38,
      hiredByEnterprise: 32,
      internsHosted: 36,
    });
    await outcome(collegeA.account, null, orderClass, '2025', {
      enrolled: 40,
      graduated: 40,
      hiredByEnterprise: 40,
    });
    const rnd = await project(
      {
        kind: 'rnd_project',
        title: '钢化玻璃自爆率攻关',
        startDate: '2026-03-01',
        details: {
          problem: '钢化玻璃自爆率偏高',
          team: [{ name: '王老师', role: 'teacher' }],
          budget: 500000,
          deliverables: ['工艺参数优化报告'],
        },
      },
      [enterprise.org.id, collegeA.org.id],
    );
    await outcome(enterprise.account, collegeA.account, rnd, 'total', { costSaving: 200000 });

    const milestone = async (title: string, dueDate: string, complete: boolean) => {
      const res = await post(admin, `/projects/${orderClass}/milestones`, {
        title,
        ownerUserId: enterprise.account.id,
        dueDate,
      }).expect(201);
      if (complete) {
        await post(admin, `/projects/${orderClass}/milestones/${res.body.id}/complete`).expect(200);
      }
    };
    await milestone('签订合作协议', '2026-01-05', true); // late
    await milestone('共同制定课程标准', '2099-12-31', true); // early: on time
    await milestone('首批学员顶岗实习', '2099-06-30', false); // not due yet

    const practice = await project(
      {
        kind: 'teacher_practice',
        title: '张老师企业实践',
        details: {
          teacherName: '张老师',
          from: '2026-07-01',
          to: '2026-08-31',
          days: 60,
          tasks: ['参与产线工艺改进'],
        },
      },
      [enterprise.org.id, collegeB.org.id],
    );
    await post(admin, `/projects/${practice}/status`, { status: 'running' }).expect(200);
  });
  afterAll(async () => {
    await worker?.close();
    await t?.close();
  });

  it('scores a pair from its projects, with the parts of the score', async () => {
    const res = await get(
      enterprise.account,
      `/partnerships/${enterprise.org.id}/${collegeA.org.id}`,
    );
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      enterprise: { id: enterprise.org.id, name: enterprise.org.name },
      college: { id: collegeA.org.id, name: collegeA.org.name },
      score: 67,
      stalled: false,
      projects: 2,
      runningProjects: 0,
      overdueMilestones: 0,
      daysSinceActivity: 0,
      parts: {
        milestones: { ratio: 0.5, weight: 0.3, numerator: 1, denominator: 2 },
        graduates: { ratio: 0.8, weight: 0.3, numerator: 32, denominator: 40 },
        funds: { ratio: 0.4, weight: 0.2, numerator: 200000, denominator: 500000 },
        activity: { ratio: 1, weight: 0.2, daysSinceActivity: 0 },
      },
    });
    expect(res.body.sharedProjects).toHaveLength(2);

    // Pair B: only activity counts (no milestones, outcomes or budgets): 100.
    const b = await get(collegeB.account, `/partnerships/${enterprise.org.id}/${collegeB.org.id}`);
    expect(b.status).toBe(200);
    expect(b.body).toMatchObject({
      score: 100,
      runningProjects: 1,
      parts: {
        milestones: { ratio: null, numerator: 0, denominator: 0 },
        graduates: { ratio: null },
        funds: { ratio: null },
      },
    });
  });

  it('lists the pairs each caller may see', async () => {
    const pairsOf = async (account: Account) => {
      const res = await get(account, '/partnerships?pageSize=100').expect(200);
      return (res.body.items as { enterprise: { id: string }; college: { id: string } }[])
        .filter((p) => p.enterprise.id === enterprise.org.id)
        .map((p) => p.college.id)
        .sort();
    };
    const both = [collegeA.org.id, collegeB.org.id].sort();
    expect(await pairsOf(enterprise.account)).toEqual(both);
    expect(await pairsOf(collegeA.account)).toEqual([collegeA.org.id]);
    expect(await pairsOf(operator)).toEqual(both);
    expect(await pairsOf(admin)).toEqual(both);
    expect(await pairsOf(otherOperator)).toEqual([]);
    expect(await pairsOf(outsider.account)).toEqual([]);
  });

  it('hides a pair from third parties (404)', async () => {
    const path = `/partnerships/${enterprise.org.id}/${collegeA.org.id}`;
    expectProblem(await get(outsider.account, path), 404, 'NOT_FOUND');
    expectProblem(await get(collegeB.account, path), 404, 'NOT_FOUND');
    expectProblem(await get(otherOperator, path), 404, 'NOT_FOUND');
    await get(operator, path).expect(200);
    await get(admin, path).expect(200);
    // Health is for the organisation's managers; a plain member reads projects, not this.
    expectProblem(await get(member, path), 403, 'ORGANIZATION_ROLE_REQUIRED');
    expectProblem(await get(member, '/partnerships'), 403, 'ORGANIZATION_ROLE_REQUIRED');
  });

  it('flags a stalled pair once, to both sides and the operators of their district', async () => {
    const check = t.app.get(StalledPartnerships);
    const stalledEvents = () =>
      t.dataSource.query(
        `SELECT payload FROM outbox_events WHERE event_type = 'partnership.stalled'
         AND payload->>'enterpriseId' = $1 ORDER BY id`,
        [enterprise.org.id],
      ) as Promise<{ payload: Record<string, unknown> }[]>;
    const later = new Date(Date.now() + 100 * DAY);
    await check.check(new Date());
    expect(await stalledEvents()).toEqual([]);
    await check.check(later);
    await check.check(new Date(later.getTime() + DAY));
    const events = await stalledEvents();
    // Pair B only: pair A has no running project and no overdue milestone.
    expect(events).toEqual([
      {
        payload: expect.objectContaining({
          enterpriseId: enterprise.org.id,
          collegeId: collegeB.org.id,
          runningProjects: 1,
          overdueMilestones: 0,
          daysSinceActivity: 100,
          // Activity alone: 1 − (100 − 30)/150 = 0.533… → 53.
          score: 53,
        }),
      },
    ]);

    for (const account of [enterprise.account, collegeB.account, operator]) {
      const found = await eventually(async () => {
        const res = await get(account, '/notifications?pageSize=100').expect(200);
        const items = (res.body.items as { kind: string; data: { collegeId?: string } }[]).filter(
          (n) => n.kind === 'partnership.stalled' && n.data.collegeId === collegeB.org.id,
        );
        return items.length > 0 ? items : undefined;
      }, 20_000);
      expect(found).toHaveLength(1);
      expect(found[0]).toMatchObject({
        title: { 'zh-CN': `校企合作停滞：${enterprise.org.name} × ${collegeB.org.name}` },
      });
    }
    for (const account of [collegeA.account, outsider.account, otherOperator]) {
      const res = await get(account, '/notifications?pageSize=100').expect(200);
      expect(
        (res.body.items as { kind: string; data: { collegeId?: string } }[]).filter(
          (n) => n.kind === 'partnership.stalled' && n.data.collegeId === collegeB.org.id,
        ),
      ).toEqual([]);
    }

    // Active again (today's clock): the stall is cleared, and a later stall is told again.
    await check.check(new Date());
    await check.check(later);
    expect(await stalledEvents()).toHaveLength(2);
  });

  it('keeps a contribution record, confirmed figures apart from unconfirmed', async () => {
    const res = await get(enterprise.account, `/enterprises/${enterprise.org.id}/contributions`);
    expect(res.status).toBe(200);
    const line = (body: { items: { item: string }[] }, item: string) =>
      body.items.find((i) => i.item === item);
    expect(line(res.body, 'order_class_hired')).toMatchObject({
      label: '订单班毕业生录用',
      confirmed: 32,
      unconfirmed: 40,
      projects: 1,
    });
    expect(line(res.body, 'rnd_funds')).toMatchObject({
      confirmed: 500000,
      unconfirmed: 0,
      projects: 1,
    });
    expect(line(res.body, 'rnd_value_returned')).toMatchObject({
      confirmed: 200000,
      unconfirmed: 0,
    });
    expect(line(res.body, 'teachers_hosted')).toMatchObject({
      confirmed: 0,
      unconfirmed: 1,
      projects: 1,
    });
    // Internships: the 2024 cohort's, confirmed; the 2025 outcome gave no such figure.
    expect(line(res.body, 'internships_hosted')).toMatchObject({
      label: '接收学生实习',
      confirmed: 36,
      unconfirmed: 0,
      projects: 1,
    });

    // 2024: the 2024 cohort only; the R&D (2026) and the practice (created now) do not count.
    const y2024 = await get(
      enterprise.account,
      `/enterprises/${enterprise.org.id}/contributions?year=2024`,
    ).expect(200);
    expect(y2024.body.year).toBe(2024);
    expect(line(y2024.body, 'order_class_hired')).toMatchObject({ confirmed: 32, unconfirmed: 0 });
    expect(line(y2024.body, 'rnd_funds')).toMatchObject({ confirmed: 0, unconfirmed: 0 });
    expect(line(y2024.body, 'teachers_hosted')).toMatchObject({ confirmed: 0, unconfirmed: 0 });

    await get(operator, `/enterprises/${enterprise.org.id}/contributions`).expect(200);
    await get(member, `/enterprises/${enterprise.org.id}/contributions`).expect(200);
    await get(admin, `/enterprises/${enterprise.org.id}/contributions`).expect(200);
    for (const stranger of [outsider.account, collegeA.account, otherOperator]) {
      expectProblem(
        await get(stranger, `/enterprises/${enterprise.org.id}/contributions`),
        404,
        'NOT_FOUND',
      );
    }
    expectProblem(
      await get(admin, `/enterprises/${collegeA.org.id}/contributions`),
      404,
      'NOT_FOUND',
    );
  });

  it('exports the record as CSV with a BOM and as XLSX', async () => {
    const csv = await get(
      enterprise.account,
      `/enterprises/${enterprise.org.id}/contributions/export?year=2024&format=csv`,
    )
      .buffer(true)
      .parse(binaryBody);
    expect(csv.status).toBe(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv; charset=utf-8/);
    const bytes = csv.body as Buffer;
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    const lines = text.slice(1).split('\r\n');
    expect(lines[0]).toBe(`企业 Enterprise,${enterprise.org.name}`);
    expect(lines[2]).toBe('年度 Year,2024');
    expect(text).toContain('订单班毕业生录用,order_class_hired,人,32,0,1\r\n');

    const xlsx = await get(
      enterprise.account,
      `/enterprises/${enterprise.org.id}/contributions/export?format=xlsx`,
    )
      .buffer(true)
      .parse(binaryBody);
    expect(xlsx.status).toBe(200);
    const book = new Workbook();
    await book.xlsx.load(new Uint8Array(xlsx.body as Buffer).buffer);
    const sheet = book.worksheets[0];
    expect(sheet.getRow(1).getCell(2).value).toBe(enterprise.org.name);
    const hired = sheet
      .getSheetValues()
      .find((row) => Array.isArray(row) && row[2] === 'order_class_hired') as unknown[];
    expect(hired.slice(4, 7)).toEqual([32, 40, 1]);

    expectProblem(
      await get(outsider.account, `/enterprises/${enterprise.org.id}/contributions/export`),
      404,
      'NOT_FOUND',
    );
  });
});
