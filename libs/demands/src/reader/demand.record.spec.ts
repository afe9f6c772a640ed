import { describe, expect, it } from '@jest/globals';
import { Demand } from '../demand.entity';
import { DemandKind, DemandStatus } from '../demand.types';
import { toDemandRecord } from './demand.record';

describe('toDemandRecord', () => {
  it('is a plain copy that shares no array or object with the entity', () => {
    const demand = Object.assign(new Demand(), {
      id: '00000000-0000-4000-8000-000000000004',
      organizationId: '00000000-0000-4000-8000-000000000001',
      kind: DemandKind.Training,
      status: DemandStatus.Open,
      title: '数控培训',
      skills: ['数控'],
      tags: [],
      details: { trainees: 30 },
      deadline: '2027-01-31',
    });
    const record = toDemandRecord(demand);
    expect(record).not.toBeInstanceOf(Demand);
    expect(record).toMatchObject({
      title: '数控培训',
      details: { trainees: 30 },
      deadline: '2027-01-31',
    });
    expect(record.skills).not.toBe(demand.skills);
    expect(record.details).not.toBe(demand.details);
  });
});
