import { describe, expect, it } from '@jest/globals';
import { Organization } from '../entities/organization.entity';
import { OrganizationKind, VerificationStatus } from '../entities/organization.types';
import { toOrganizationRecord } from './organization.record';

const college = Object.assign(new Organization(), {
  id: '00000000-0000-4000-8000-000000000001',
  kind: OrganizationKind.College,
  name: '示范市职业技术学院',
  status: VerificationStatus.Verified,
  creditCode: '12130300MB0000000X',
  rejectionReason: 'old note',
  reviewedBy: '00000000-0000-4000-8000-0000000000ad',
  tags: ['烹饪'],
  majors: [{ code: '540203', name: '中西面点工艺', annualIntake: 80 }],
  researchResults: null,
});

describe('toOrganizationRecord', () => {
  it('is a plain copy without the credit code or the review notes', () => {
    const record = toOrganizationRecord(college);
    expect(record).not.toBeInstanceOf(Organization);
    expect(record).toMatchObject({ name: college.name, majors: college.majors, tags: ['烹饪'] });
    expect(record).not.toHaveProperty('creditCode');
    expect(record).not.toHaveProperty('rejectionReason');
    expect(record).not.toHaveProperty('reviewedBy');
  });

  it('shares no array or object with the entity', () => {
    const record = toOrganizationRecord(college);
    expect(record.tags).not.toBe(college.tags);
    expect(record.majors?.[0]).not.toBe(college.majors?.[0]);
    expect(record.researchResults).toBeNull();
  });
});
