import { describe, expect, it } from '@jest/globals';
import type { OrganizationRecord } from '@app/organizations';
import { collegeDocument } from './search-documents';

const college = (overrides: Partial<OrganizationRecord> = {}) =>
  ({
    id: '00000000-0000-4000-8000-000000000001',
    version: 3,
    name: '示范市旅游职业学院',
    level: '高职',
    district: '130304',
    description: '旅游、酒店与烹饪类专业',
    tags: ['烹饪'],
    majors: [
      { code: '540203', name: '中西面点工艺' },
      { code: '540106', name: '酒店管理与数字化运营' },
    ],
    trainingCapacity: 400,
    researchResults: [{ title: '滨海旅游服务标准', year: 2025 }],
    createdAt: new Date('2026-01-05T09:00:00+08:00'),
    ...overrides,
  }) as OrganizationRecord;

describe('collegeDocument', () => {
  it("indexes the sections and divisions of its majors' industries", () => {
    const doc = collegeDocument(college());
    // 14 食品制造业 and 62 餐饮业/61 住宿业 sit in sections C and H.
    expect(doc.industryPrefixes).toEqual(['C', '14', 'H', '62', '61']);
    expect(doc.industrySections).toEqual(['C', 'H']);
  });

  it('has no industries without catalogued majors', () => {
    const doc = collegeDocument(college({ majors: null }));
    expect(doc.industryPrefixes).toEqual([]);
    expect(doc.industrySections).toEqual([]);
    expect(
      collegeDocument(college({ majors: [{ code: '999999', name: '未知' }] })).industryPrefixes,
    ).toEqual([]);
  });

  it('leaves out the majors the college closed; keeps those still taught', () => {
    const doc = collegeDocument(
      college({
        majors: [
          { code: '540203', name: '中西面点工艺', openedYear: 2015 },
          { code: '540106', name: '酒店管理与数字化运营', openedYear: 2010, closedYear: 2024 },
        ],
      }),
    );
    expect(doc.majorCodes).toEqual(['540203']);
    expect(doc.majorNames).toEqual(['中西面点工艺']);
  });

  it('keeps the credit code out', () => {
    expect(JSON.stringify(collegeDocument(college()))).not.toContain('12130300MB0000000X');
  });
});
