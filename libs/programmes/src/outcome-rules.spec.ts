import { describe, expect, it } from '@jest/globals';
import { outcomeProblems } from './outcome-rules';
import { ProjectKind } from './programme.types';

describe('outcomeProblems', () => {
  it('accepts a consistent order-class cohort', () => {
    expect(
      outcomeProblems(ProjectKind.OrderClass, {
        enrolled: 40,
        graduated: 38,
        hiredByEnterprise: 35,
        retainedAfterOneYear: 30,
        inKeyPosts: 32,
        startingSalary: 5200,
        internsHosted: 40,
      }),
    ).toEqual([]);
  });

  it('names the figure that exceeds its whole', () => {
    const errors = outcomeProblems(ProjectKind.OrderClass, {
      enrolled: 40,
      graduated: 38,
      hiredByEnterprise: 39,
      inKeyPosts: 2,
    });
    expect(errors).toEqual([
      expect.objectContaining({ field: 'figures.hiredByEnterprise', code: 'EXCEEDS_GRADUATED' }),
    ]);
    expect(
      outcomeProblems(ProjectKind.OrderClass, {
        enrolled: 40,
        graduated: 38,
        hiredByEnterprise: 30,
        inKeyPosts: 31,
      }).map((e) => e.field),
    ).toEqual(['figures.inKeyPosts']);
    // More interns than students enrolled in the cohort.
    expect(
      outcomeProblems(ProjectKind.OrderClass, {
        enrolled: 40,
        graduated: 38,
        hiredByEnterprise: 30,
        internsHosted: 41,
      }),
    ).toEqual([
      expect.objectContaining({ field: 'figures.internsHosted', code: 'EXCEEDS_ENROLLED' }),
    ]);
  });

  it('checks the industry college chain: in chain ≤ employed ≤ graduates', () => {
    expect(
      outcomeProblems(ProjectKind.IndustryCollege, {
        graduates: 100,
        employed: 101,
        employedInChain: 102,
      }).map((e) => e.field),
    ).toEqual(['figures.employed', 'figures.employedInChain']);
    expect(
      outcomeProblems(ProjectKind.IndustryCollege, {
        graduates: 100,
        employed: 95,
        employedInChain: 70,
      }),
    ).toEqual([]);
  });

  it('refuses negative money, fractions, unknown and missing figures', () => {
    expect(outcomeProblems(ProjectKind.Incubation, { loans: -1 })).toEqual([
      expect.objectContaining({ field: 'figures.loans', code: 'NEGATIVE' }),
    ]);
    expect(outcomeProblems(ProjectKind.RndProject, { costSaving: 1.5 })[0]).toMatchObject({
      field: 'figures.costSaving',
      code: 'INVALID_INT',
    });
    expect(outcomeProblems(ProjectKind.RndProject, {})[0]).toMatchObject({ field: 'figures' });
    expect(
      outcomeProblems(ProjectKind.TeacherPractice, { salary: 1 })
        .map((e) => e.code)
        .sort(),
    ).toEqual(['REQUIRED', 'UNKNOWN_FIELD']);
  });
});
