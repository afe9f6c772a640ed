import { describe, expect, it } from '@jest/globals';
import {
  availabilityFit,
  capacityFit,
  collegeIndustryPrefixes,
  enterprisePlaces,
  enterpriseServiceFit,
  industryFit,
  majorFit,
  scoreOf,
  serviceFit,
  trackRecordFit,
  UNKNOWN,
} from './match-features';
import { DEFAULT_MATCH_WEIGHTS } from './scoring/weights';

const score = (features: Parameters<typeof scoreOf>[0]) => scoreOf(features, DEFAULT_MATCH_WEIGHTS);

describe('match features', () => {
  it('rates industry closeness along the GB/T 4754 tree', () => {
    expect(industryFit('3042', ['C', '30', '304', '3042'])).toBe(1);
    expect(industryFit('3042', ['C', '30', '304', '3041'])).toBe(0.8);
    expect(industryFit('3042', ['C', '30', '309'])).toBe(0.6);
    expect(industryFit('3042', ['C', '34'])).toBe(0);
    expect(industryFit('30', ['C', '30', '304'])).toBe(1);
  });

  it('treats a candidate without industry codes as unknown, not as a mismatch', () => {
    expect(industryFit('3042', [])).toBe(UNKNOWN);
    expect(industryFit('3042', [])).toBeGreaterThan(industryFit('3042', ['C', '34']));
  });

  it('rates a named major by code, class and category, and capacity against the headcount', () => {
    expect(majorFit('540202', ['540101', '540202'])).toBe(1);
    expect(majorFit('540202', ['540203'])).toBe(0.7);
    expect(majorFit('540202', ['540101'])).toBe(0.3);
    expect(majorFit('540202', ['460305'])).toBe(0);
    expect(capacityFit(40, 80)).toBe(1);
    expect(capacityFit(40, 20)).toBe(0.5);
    expect(capacityFit(40, 10)).toBe(0.25);
    expect(capacityFit(40, null)).toBe(UNKNOWN);
  });

  it("reads a college's industries from its document, else from its majors", () => {
    expect(
      collegeIndustryPrefixes({ industryPrefixes: ['C', '14'], majorCodes: ['540106'] }),
    ).toEqual(['C', '14']);
    // A document indexed before colleges carried industries: the major catalogue decides.
    expect(collegeIndustryPrefixes({ majorCodes: ['540203', '740203', '999999'] })).toEqual([
      'C',
      'H',
      '14',
      '62',
    ]);
    expect(collegeIndustryPrefixes({})).toEqual([]);
    // A bakery (1411) and a college teaching 中西面点 meet in division 14.
    expect(industryFit('1411', collegeIndustryPrefixes({ majorCodes: ['540203'] }))).toBe(0.6);
  });

  it('prefers available experts and the right service', () => {
    expect(availabilityFit('available')).toBeGreaterThan(availabilityFit('limited'));
    expect(availabilityFit('unavailable')).toBe(0);
    expect(serviceFit('rnd', ['rnd'])).toBe(1);
    expect(serviceFit('rnd', ['consulting'])).toBe(0.6);
    expect(serviceFit('rnd', ['part_time_teaching'])).toBe(0.2);
    expect(trackRecordFit(6)).toBe(1);
  });

  it('keeps scores in [0, 1] and ordered by their features', () => {
    const best = { text: 1, industry: 1, service: 1, availability: 1, district: 1, trackRecord: 1 };
    const none = { text: 0, industry: 0, service: 0, availability: 0, district: 0, trackRecord: 0 };
    expect(score(best)).toBe(1);
    expect(score(none)).toBe(0);
    expect(score({ ...best, availability: 0 })).toBeLessThan(score({ ...best, district: 0 }));
  });

  it('leaves out features that do not apply instead of counting them as zero', () => {
    expect(score({ text: 0.8, availability: 1 })).toBe(0.8);
    expect(score({ text: 0.8, major: 1, availability: 1 })).toBeGreaterThan(0.8);
  });

  it('lets a clearly better text match win over industry and district', () => {
    const sparse = { text: 0.9, industry: UNKNOWN, service: 1, district: 0, trackRecord: 0 };
    const declared = { text: 0.5, industry: 1, service: 1, district: 1, trackRecord: 0 };
    expect(score({ ...sparse, availability: 1 })).toBeGreaterThan(
      score({ ...declared, availability: 1 }),
    );
  });

  it("rates what an enterprise's size can take on for a college need", () => {
    expect(enterpriseServiceFit('internship_base', 'large')).toBe(1);
    expect(enterpriseServiceFit('internship_base', 'micro')).toBeLessThan(
      enterpriseServiceFit('part_time_teacher', 'micro'),
    );
    expect(enterpriseServiceFit('co_building', undefined)).toBe(UNKNOWN);
    expect(enterprisePlaces('medium')).toBeGreaterThan(enterprisePlaces('small') ?? 0);
    expect(enterprisePlaces(undefined)).toBeUndefined();
    expect(capacityFit(40, enterprisePlaces('large'))).toBe(1);
  });
});
