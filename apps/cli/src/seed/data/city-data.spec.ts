import { describe, expect, it } from '@jest/globals';
import {
  findIndustry,
  findMajor,
  isKnownDistrictCode,
  isKnownIndustryCode,
  isValidUscc,
} from '@app/reference';
import { buildCity, DEFAULT_TODAY, type SeedDemand } from './city-data';
import { graduatesIn } from './colleges';
import { SEED_MAJORS } from './majors';
import { PROFILES } from './profiles';

const city = buildCity();
const { enterprises, colleges, experts, demands, offers } = city;

function countBy<T>(items: T[], key: (item: T) => string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1;
  return counts;
}

function expectUnique(values: string[]): void {
  expect(new Set(values).size).toBe(values.length);
}

function expectValidTags(values: string[], max: number): void {
  expect(values.length).toBeLessThanOrEqual(max);
  for (const value of values) {
    expect(value.length).toBeGreaterThanOrEqual(1);
    expect(value.length).toBeLessThanOrEqual(30);
  }
}

describe('buildCity', () => {
  it('builds the counts the demo promises', () => {
    expect(enterprises).toHaveLength(128);
    expect(countBy(enterprises, (e) => e.status)).toEqual({
      verified: 118,
      pending: 7,
      rejected: 3,
    });
    expect(colleges).toHaveLength(11);
    expect(countBy(colleges, (c) => c.status)).toEqual({ verified: 10, pending: 1 });
    expect(experts).toHaveLength(600);
    expect(demands).toHaveLength(320);
    expect(countBy(demands, (d) => d.status)).toEqual({ open: 250, closed: 40, draft: 30 });
    expect(countBy(demands, (d) => d.kind)).toEqual({
      talent: 128,
      rnd: 96,
      training: 48,
      teacher_practice: 48,
    });
    expect(offers.length).toBeGreaterThanOrEqual(180);
    expect(new Set(offers.map((o) => o.kind))).toEqual(
      new Set(['research_result', 'training_programme', 'consulting_service']),
    );
  });

  it('is deterministic and pure', () => {
    expect(buildCity()).toEqual(city);
    expect(buildCity({ today: DEFAULT_TODAY })).toEqual(city);
    expect(buildCity({ today: '2027-03-15' })).toEqual(buildCity({ today: '2027-03-15' }));
  });

  it('rejects a malformed today', () => {
    expect(() => buildCity({ today: '2026-02-30' })).toThrow(RangeError);
    expect(() => buildCity({ today: '29.11.2026' })).toThrow(RangeError);
  });

  it('uses readable, sequential keys', () => {
    const keys = (items: { key: string }[], prefix: string, width: number) =>
      items.map((_, i) => `${prefix}-${String(i + 1).padStart(width, '0')}`);
    expect(enterprises.map((e) => e.key)).toEqual(keys(enterprises, 'ent', 3));
    expect(colleges.map((c) => c.key)).toEqual(keys(colleges, 'col', 2));
    expect(experts.map((e) => e.key)).toEqual(keys(experts, 'exp', 3));
    expect(demands.map((d) => d.key)).toEqual(keys(demands, 'dem', 3));
    expect(offers.map((o) => o.key)).toEqual(keys(offers, 'off', 3));
  });

  it('fixes the records the demo relies on', () => {
    const [glass, bakery, pending] = enterprises;
    expect(glass).toMatchObject({ key: 'ent-001', status: 'verified', industryCode: '3042' });
    expect(glass.name).toContain('光伏玻璃');
    expect(bakery).toMatchObject({ key: 'ent-002', status: 'verified', industryCode: '1411' });
    expect(pending).toMatchObject({ key: 'ent-003', status: 'pending' });
    expect(demands.some((d) => d.enterpriseKey === 'ent-003' && d.status === 'draft')).toBe(true);
    expect(colleges[0]).toMatchObject({ key: 'col-01', status: 'verified' });
    expect(colleges[0].name).toContain('建材职业技术学院');
    expect(colleges[0].tags).toContain('玻璃产业学院');
    expect(experts[0]).toMatchObject({ key: 'exp-001', availability: 'available', isPublic: true });
    expect(experts[0].industryCodes).toContain('3042');
    expect(experts[0].fields).toContain('光伏玻璃');
  });

  it('gives every enterprise a unique, valid credit code', () => {
    const codes = enterprises.map((e) => e.creditCode);
    for (const code of codes) expect(isValidUscc(code)).toBe(true);
    expectUnique(codes);
  });

  it('uses only known industry and district codes', () => {
    const industryCodes = [
      ...enterprises.map((e) => e.industryCode),
      ...experts.flatMap((e) => e.industryCodes),
      ...demands.map((d) => d.industryCode),
      ...offers.flatMap((o) => o.industryCodes),
    ];
    for (const code of industryCodes) {
      expect(/^\d{2,4}$/.test(code) && isKnownIndustryCode(code)).toBe(true);
    }
    const districts = [enterprises, colleges, experts, demands].flatMap((items) =>
      items.map((i) => i.district),
    );
    for (const code of districts) expect(isKnownDistrictCode(code)).toBe(true);
  });

  it('spreads enterprises over the seed industries', () => {
    const names = new Set(enterprises.map((e) => findIndustry(e.industryCode)?.name));
    for (const name of [
      '特种玻璃制造',
      '光伏设备及元器件制造',
      '工业机器人制造',
      '糕点、面包制造',
    ]) {
      expect(names).toContain(name);
    }
    const divisions = new Set(enterprises.map((e) => e.industryCode.slice(0, 2)));
    // glass, equipment, robots, drones, food, pharma, nursing, TCM, e-commerce, port, tourism
    for (const division of ['30', '34', '39', '14', '27', '84', '85', '52', '55', '61', '13']) {
      expect(divisions).toContain(division);
    }
  });

  it('marks only rejected enterprises with a reason', () => {
    for (const e of enterprises) {
      expect(e.rejectionReason !== undefined).toBe(e.status === 'rejected');
    }
  });

  it('keeps names unique per type and within the DTO limits', () => {
    expectUnique(enterprises.map((e) => e.name));
    expectUnique(colleges.map((c) => c.name));
    expectUnique(experts.map((e) => e.name));
    expectUnique(demands.map((d) => d.title));
    expectUnique(offers.map((o) => o.title));
    for (const { name } of [...enterprises, ...colleges]) {
      expect(name.length).toBeGreaterThanOrEqual(2);
      expect(name.length).toBeLessThanOrEqual(100);
    }
    for (const { title } of [...demands, ...offers]) {
      expect(title.length).toBeGreaterThanOrEqual(4);
      expect(title.length).toBeLessThanOrEqual(100);
    }
    for (const item of [...enterprises, ...colleges, ...demands, ...offers]) {
      expectValidTags(item.tags, 20);
    }
    for (const item of [...experts, ...demands]) expectValidTags(item.skills, 30);
    for (const item of [...experts, ...offers]) expectValidTags(item.fields, 20);
  });

  it('contains no real brands from the speech', () => {
    const text = JSON.stringify(city);
    for (const brand of ['耀华', '好利来']) expect(text).not.toContain(brand);
  });

  it('gives colleges catalogue majors and plausible numbers', () => {
    for (const seeded of SEED_MAJORS) {
      expect(findMajor(seeded.code)).toMatchObject({ name: seeded.name, level: seeded.level });
    }
    for (const college of colleges) {
      expect(college.majors.length).toBeGreaterThan(0);
      expect(college.studentCount).toBeGreaterThan(0);
      expect(college.trainingCapacity).toBeGreaterThan(0);
      for (const major of college.majors) {
        expect(major.code).toMatch(/^\d{6}$/);
        expect(major.annualIntake).toBeGreaterThan(0);
        expect(findMajor(major.code)?.name).toBe(major.name);
      }
    }
    const majorNames = colleges.flatMap((c) => c.majors.map((m) => m.name));
    for (const name of ['中医康复技术', '无人机操控与维护', '生物制药工艺', '中西面点']) {
      expect(majorNames).toContain(name);
    }
  });

  it('opens 21 majors in 2024 across the verified colleges and closes a few (the speech)', () => {
    const verified = colleges.filter((c) => c.status === 'verified').flatMap((c) => c.majors);
    expect(verified.filter((m) => m.openedYear === 2024)).toHaveLength(21);
    expect(verified.filter((m) => m.closedYear === 2024)).toHaveLength(3);
    for (const college of colleges) {
      for (const m of college.majors) {
        expect(m.closedYear ?? m.openedYear).toBeGreaterThanOrEqual(m.openedYear);
        // Opened in 2024: its first cohort is still studying in 2026.
        if (m.openedYear === 2024) expect(m.annualGraduates).toBe(0);
        else expect(m.annualGraduates).toBeLessThanOrEqual(m.annualIntake);
      }
    }
  });

  it('counts graduates once the first cohort finishes and until the last one does', () => {
    const major = { openedYear: 2020, closedYear: 2024, years: 3 };
    expect([2022, 2023, 2026, 2027].map((y) => graduatesIn(y, 100, major))).toEqual([0, 95, 95, 0]);
    expect(graduatesIn(2040, 60, { openedYear: 2024, years: 4 })).toBe(57);
  });

  it('gives experts plausible, private contacts and availabilities', () => {
    expect(countBy(experts, (e) => e.availability)).toEqual({
      available: 390,
      limited: 120,
      unavailable: 90,
    });
    expect(experts.filter((e) => !e.isPublic)).toHaveLength(30);
    experts.forEach((expert, i) => {
      expect(expert.contact.phone).toMatch(/^1[3-9]\d{9}$/);
      expect(expert.contact.email).toBe(`expert${String(i + 1).padStart(3, '0')}@demo.chanjiao.cn`);
      expect(expert.services.length).toBeGreaterThanOrEqual(1);
      expect(expert.industryCodes.length).toBeGreaterThanOrEqual(1);
      expect(expert.industryCodes.length).toBeLessThanOrEqual(10);
    });
    expectUnique(experts.map((e) => e.contact.phone));
  });

  it('links every demand to an enterprise allowed to publish it', () => {
    const byKey = new Map(enterprises.map((e) => [e.key, e]));
    for (const demand of demands) {
      const owner = byKey.get(demand.enterpriseKey);
      expect(owner).toBeDefined();
      if (demand.status !== 'draft') expect(owner!.status).toBe('verified');
      expect(demand.industryCode).toBe(owner!.industryCode);
    }
  });

  it('gives each demand the details its kind requires', () => {
    const isDate = (value: unknown) =>
      typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);
    const isPositiveInt = (value: unknown) => Number.isInteger(value) && (value as number) >= 1;
    const check: Record<SeedDemand['kind'], (d: Record<string, unknown>) => void> = {
      talent: (d) => {
        expect(['order_class', 'internship', 'hiring']).toContain(d.type);
        expect(isPositiveInt(d.headcount)).toBe(true);
        expect(d.majorCode).toMatch(/^\d{6}$/);
        expect(isDate(d.periodStart) && isDate(d.periodEnd)).toBe(true);
        expect(String(d.periodEnd) >= String(d.periodStart)).toBe(true);
      },
      rnd: (d) => {
        expect(['technical_problem', 'process_optimisation']).toContain(d.problemType);
        expect(Number.isInteger(d.budgetMin) && Number.isInteger(d.budgetMax)).toBe(true);
        expect(d.budgetMax as number).toBeGreaterThanOrEqual(d.budgetMin as number);
        expect(['enterprise_owned', 'shared', 'provider_owned', 'negotiable']).toContain(d.ipTerms);
      },
      training: (d) => {
        expect(isPositiveInt(d.trainees)).toBe(true);
        expect(['onsite', 'online', 'hybrid']).toContain(d.format);
        expect(d.durationDays as number).toBeGreaterThanOrEqual(1);
        expect(d.durationDays as number).toBeLessThanOrEqual(365);
      },
      teacher_practice: (d) => {
        expect(d.months as number).toBeGreaterThanOrEqual(1);
        expect(d.months as number).toBeLessThanOrEqual(12);
        expect(isPositiveInt(d.places)).toBe(true);
        expect(d.majorCode).toMatch(/^\d{6}$/);
        expect(isDate(d.startDate)).toBe(true);
      },
    };
    for (const demand of demands) check[demand.kind](demand.details);
    const practice = demands.filter((d) => d.kind === 'teacher_practice');
    const twoMonths = practice.filter((d) => d.details.months === 2);
    expect(twoMonths.length / practice.length).toBeGreaterThan(0.5);
  });

  it('dates demands relative to today', () => {
    for (const today of [DEFAULT_TODAY, '2027-03-15']) {
      for (const demand of buildCity({ today }).demands) {
        expect(demand.publishedDaysAgo).toBeGreaterThanOrEqual(0);
        expect(demand.publishedDaysAgo).toBeLessThanOrEqual(180);
        expect(demand.closeReason !== undefined).toBe(demand.status === 'closed');
        if (demand.status === 'open' && demand.deadline !== null) {
          expect(demand.deadline >= today).toBe(true);
        }
        if (demand.closeReason === 'expired') expect(demand.deadline! < today).toBe(true);
      }
    }
  });

  it('links every offer to an existing provider', () => {
    const collegeKeys = new Set(colleges.filter((c) => c.status === 'verified').map((c) => c.key));
    const expertKeys = new Set(experts.map((e) => e.key));
    for (const offer of offers) {
      if ('collegeKey' in offer.provider) {
        expect(collegeKeys.has(offer.provider.collegeKey)).toBe(true);
        expect(offer.kind).not.toBe('consulting_service');
      } else {
        expect(expertKeys.has(offer.provider.expertKey)).toBe(true);
      }
    }
  });
});

describe('industry profiles', () => {
  it('add up to the city and use known, distinct codes', () => {
    expect(PROFILES.reduce((sum, p) => sum + p.enterpriseCount, 0)).toBe(128);
    expect(PROFILES.reduce((sum, p) => sum + p.expertCount, 0)).toBe(600);
    const codes = PROFILES.flatMap((p) => p.codes.map((c) => c.code));
    expectUnique(codes);
    for (const code of codes) expect(isKnownIndustryCode(code)).toBe(true);
  });

  it('give every class at least one R&D problem of its own trade', () => {
    for (const profile of PROFILES) {
      for (const { code } of profile.codes) {
        expect(profile.rnd.some((p) => !p.codes || p.codes.includes(code))).toBe(true);
      }
      for (const problem of profile.rnd) {
        for (const code of problem.codes ?? []) {
          expect(profile.codes.map((c) => c.code)).toContain(code);
        }
      }
    }
  });
});
