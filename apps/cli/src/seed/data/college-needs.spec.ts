import { describe, expect, it } from '@jest/globals';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { CreateDemandDto, DemandKind } from '@app/demands';
import { buildCity } from './city-data';
import { NEED_CONNECTIONS } from './college-needs';

const city = buildCity();
const DETAILS_FIELD: Record<string, string> = {
  part_time_teacher: 'partTimeTeacher',
  enterprise_mentor: 'enterpriseMentor',
  internship_base: 'internshipBase',
  co_building: 'coBuilding',
};

describe('college needs of the demo city', () => {
  it('every college has a need of each new kind; verified colleges publish them', () => {
    for (const college of city.colleges) {
      const needs = city.collegeNeeds.filter((n) => n.collegeKey === college.key);
      expect(needs.map((n) => n.kind).sort()).toEqual([
        'co_building',
        'enterprise_mentor',
        'internship_base',
        'part_time_teacher',
      ]);
      for (const n of needs) {
        expect(n.status).toBe(college.status === 'verified' ? 'open' : 'draft');
        expect(n.district).toBe(college.district);
      }
    }
    expect(new Set(city.collegeNeeds.map((n) => n.key)).size).toBe(city.collegeNeeds.length);
  });

  it('each need passes the validation of POST /demands', async () => {
    for (const n of city.collegeNeeds) {
      const body = plainToInstance(CreateDemandDto, {
        kind: n.kind,
        title: n.title,
        description: n.description,
        industryCode: n.industryCode,
        district: n.district,
        tags: n.tags,
        skills: n.skills,
        ...(n.deadline ? { deadline: n.deadline } : {}),
        [DETAILS_FIELD[n.kind]]: n.details,
      });
      const errors = await validate(body, {
        forbidUnknownValues: true,
        whitelist: true,
        forbidNonWhitelisted: true,
      });
      expect({ key: n.key, errors: errors.map((e) => e.toString()) }).toEqual({
        key: n.key,
        errors: [],
      });
      expect(Object.values(DemandKind)).toContain(n.kind);
    }
  });

  it("the demo's matches on needs point at open needs of their college", () => {
    const needs = new Map(city.collegeNeeds.map((n) => [n.key, n]));
    const accounts = new Set([
      ...city.enterprises.map((e) => e.key),
      ...city.experts.slice(0, 30).map((e) => e.key),
    ]);
    for (const c of NEED_CONNECTIONS) {
      expect(needs.get(c.needKey)).toMatchObject({ collegeKey: c.collegeKey, status: 'open' });
      const candidate =
        'expertKey' in c.candidate ? c.candidate.expertKey : c.candidate.enterpriseKey;
      expect(accounts.has(candidate)).toBe(true);
      expect(c.respondedDaysAgo === null).toBe(c.status === 'pending');
    }
  });
});
