import { describe, expect, it, jest } from '@jest/globals';
import { Logger } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { type AuthUser, Role } from '@app/shared';
import {
  ImpressionRecorder,
  impressionRows,
  type ShownCandidate,
  upsertParameters,
} from './impression-recorder.service';
import { ImpressionSubject } from './match-impression.entity';

const DEMAND = 'd0000000-0000-4000-8000-000000000000';
const shown = (
  id: string,
  kind: ShownCandidate['kind'] = 'expert',
  score = 0.5,
): ShownCandidate => ({
  id,
  kind,
  score,
  explanation: { features: { text: score, industry: 1, availability: 0.5 } },
});
const list = ['e6', 'e2', 'e5', 'e1', 'e4', 'e3', 'e7'].map((id) => shown(id));
const owner: AuthUser = { id: 'u1', role: Role.Enterprise, sessionId: 's' };

describe('impressionRows', () => {
  it('numbers positions from 1, marks the top 5 and pairs the candidate with the demand', () => {
    const rows = impressionRows({ kind: ImpressionSubject.Demand, id: DEMAND }, list);
    const byId = new Map(rows.map((r) => [r.candidateId, r]));
    expect(byId.get('e6')).toMatchObject({
      position: 1,
      top5: true,
      demandId: DEMAND,
      expertId: 'e6',
      organizationId: null,
      features: { text: 0.5, industry: 1, availability: 0.5 },
    });
    expect(byId.get('e4')).toMatchObject({ position: 5, top5: true });
    expect(byId.get('e3')).toMatchObject({ position: 6, top5: false });
    // Sorted by candidate, so concurrent upserts lock in the same order.
    expect(rows.map((r) => r.candidateId)).toEqual(['e1', 'e2', 'e3', 'e4', 'e5', 'e6', 'e7']);
  });

  it('pairs a recommended demand with the expert or college it was shown to', () => {
    const [forExpert] = impressionRows({ kind: ImpressionSubject.Expert, id: 'x1' }, [
      shown('d1', 'demand'),
    ]);
    expect(forExpert).toMatchObject({ demandId: 'd1', expertId: 'x1', organizationId: null });
    const [forCollege] = impressionRows({ kind: ImpressionSubject.College, id: 'c1' }, [
      shown('d1', 'demand'),
    ]);
    expect(forCollege).toMatchObject({ demandId: 'd1', expertId: null, organizationId: 'c1' });
    const [forEnterprise] = impressionRows({ kind: ImpressionSubject.Enterprise, id: 'n1' }, [
      shown('d2', 'demand'),
    ]);
    expect(forEnterprise).toMatchObject({ demandId: 'd2', expertId: null, organizationId: 'n1' });
  });

  it("pairs an enterprise ranked for a college's need with that need", () => {
    const [row] = impressionRows({ kind: ImpressionSubject.Demand, id: DEMAND }, [
      shown('n1', 'enterprise'),
    ]);
    expect(row).toMatchObject({
      candidateKind: 'enterprise',
      demandId: DEMAND,
      expertId: null,
      organizationId: 'n1',
    });
  });

  it('keeps a candidate once (its best place), drops unpairable kinds and non-finite values', () => {
    const odd: ShownCandidate = {
      ...shown('e1'),
      explanation: { features: { text: 0.9, district: Number.NaN, major: undefined } },
    };
    const rows = impressionRows({ kind: ImpressionSubject.Demand, id: DEMAND }, [
      odd,
      shown('e1', 'expert', 0.1),
      shown('d9', 'demand'),
      shown('c1', 'college'),
    ]);
    expect(rows).toHaveLength(2);
    expect(rows.find((r) => r.candidateId === 'e1')).toMatchObject({
      position: 1,
      features: { text: 0.9 },
    });
    expect(rows.find((r) => r.candidateId === 'c1')).toMatchObject({
      position: 4,
      organizationId: 'c1',
    });
  });
});

describe('ImpressionRecorder', () => {
  const subject = { kind: ImpressionSubject.Demand, id: DEMAND };

  it('records a whole list in one statement', async () => {
    const query = jest.fn(async () => []);
    const recorder = new ImpressionRecorder({ query } as unknown as DataSource);
    await recorder.record(owner, subject, list);
    expect(query).toHaveBeenCalledTimes(1);
    const [sql, params] = query.mock.calls[0] as unknown as [string, unknown[]];
    expect(sql).toMatch(/INSERT INTO match_impressions[\s\S]*ON CONFLICT/);
    expect(params).toEqual(upsertParameters(subject, owner.id, impressionRows(subject, list)));
    expect((params[4] as string[]).length).toBe(7);
  });

  it('records nothing for admins or an empty list', async () => {
    const query = jest.fn(async () => []);
    const recorder = new ImpressionRecorder({ query } as unknown as DataSource);
    await recorder.record({ ...owner, role: Role.Admin }, subject, list);
    await recorder.record(owner, subject, []);
    expect(query).not.toHaveBeenCalled();
  });

  it('does not fail when the write fails: it logs a warning', async () => {
    const warn = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    const query = jest.fn(async () => {
      throw new Error('connection refused');
    });
    const recorder = new ImpressionRecorder({ query } as unknown as DataSource);
    await expect(recorder.record(owner, subject, list)).resolves.toBeUndefined();
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('connection refused'));
    warn.mockRestore();
  });
});
