import { describe, expect, it } from '@jest/globals';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { DETAILS_DTO, outcomeProblems, PRACTICE_DAYS_PER_YEAR, ProjectKind } from '@app/programmes';
import { buildCity } from './city-data';
import { buildTeachers, teacherPracticeProjects } from './teachers';

describe('demo teachers', () => {
  const city = buildCity({ today: '2026-12-07' });
  const teachers = buildTeachers(city);

  it('217 双师型 teachers certified in 2024 and 150 trained, as the speech says', () => {
    expect(teachers.filter((t) => t.certification?.certifiedOn.startsWith('2024-'))).toHaveLength(
      217,
    );
    expect(
      teachers.filter((t) => t.trainings.some((x) => x.from.startsWith('2024-'))),
    ).toHaveLength(150);
    expect(new Set(teachers.map((t) => t.name)).size).toBe(teachers.length);
  });

  it("this year's practice: valid projects, most teachers meet the two months, some fall short", () => {
    const projects = teacherPracticeProjects(teachers, 'ent-001', 2026);
    for (const p of projects) {
      const details = plainToInstance(DETAILS_DTO[ProjectKind.TeacherPractice], p.details);
      expect(validateSync(details, { whitelist: true, forbidNonWhitelisted: true })).toEqual([]);
      expect(outcomeProblems(ProjectKind.TeacherPractice, p.outcomes[0].figures)).toEqual([]);
    }
    const days = projects.map((p) => p.outcomes[0].figures.daysConfirmed);
    const short = days.filter((d) => d < PRACTICE_DAYS_PER_YEAR).length;
    expect(short).toBeGreaterThan(0);
    expect(short / days.length).toBeLessThan(0.25);
  });
});
