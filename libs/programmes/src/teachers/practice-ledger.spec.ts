import { describe, expect, it } from '@jest/globals';
import {
  daysBetween,
  inTeacherField,
  outcomeYear,
  PRACTICE_DAYS_PER_YEAR,
  practiceLedger,
} from './practice-ledger';

describe('practice ledger', () => {
  const teachers = [
    { id: 'a', name: '张老师' },
    { id: 'b', name: '李老师' },
    { id: 'c', name: '王老师' },
  ];

  it('sums confirmed days per teacher and source for the year against 60 days', () => {
    const rows = practiceLedger(
      teachers,
      [
        { teacherId: 'a', year: 2026, days: 40, source: 'project' },
        { teacherId: 'a', year: 2026, days: 20, source: 'two_for_one' },
        { teacherId: 'b', year: 2026, days: 30, source: 'project' },
        { teacherId: 'b', year: 2025, days: 60, source: 'project' },
        { teacherId: 'b', year: 2026, days: 15, source: 'two_for_one' },
        { teacherId: 'z', year: 2026, days: 99, source: 'project' },
      ],
      2026,
    );
    expect(PRACTICE_DAYS_PER_YEAR).toBe(60);
    expect(rows).toEqual([
      {
        teacherId: 'a',
        name: '张老师',
        year: 2026,
        projectDays: 40,
        twoForOneDays: 20,
        days: 60,
        required: 60,
        owed: 0,
        short: false,
      },
      {
        teacherId: 'b',
        name: '李老师',
        year: 2026,
        projectDays: 30,
        twoForOneDays: 15,
        days: 45,
        required: 60,
        owed: 15,
        short: true,
      },
      {
        teacherId: 'c',
        name: '王老师',
        year: 2026,
        projectDays: 0,
        twoForOneDays: 0,
        days: 0,
        required: 60,
        owed: 60,
        short: true,
      },
    ]);
  });

  it('owes nothing beyond the requirement and ignores non-positive days', () => {
    const [row] = practiceLedger(
      [teachers[0]],
      [
        { teacherId: 'a', year: 2026, days: 90, source: 'project' },
        { teacherId: 'a', year: 2026, days: -10, source: 'two_for_one' },
      ],
      2026,
      30,
    );
    expect(row).toMatchObject({ days: 90, owed: 0, short: false, required: 30 });
  });

  it('counts an outcome in its period year, else the year of its start', () => {
    expect(outcomeYear('2026', '2025-07-01')).toBe(2026);
    expect(outcomeYear('total', '2025-07-01')).toBe(2025);
    expect(outcomeYear('total', undefined)).toBeNull();
  });

  it('counts days between dates inclusively', () => {
    expect(daysBetween('2026-07-01', '2026-07-01')).toBe(1);
    expect(daysBetween('2026-07-01', '2026-08-29')).toBe(60);
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(3);
  });

  it('matches a demand by its industry division or a skill in a major name', () => {
    // 材料工程技术 (430601) leads to division 30; 工业机器人技术 (460305) to 34 and 39.
    expect(inTeacherField({ industryCode: '3042', skills: [] }, ['430601'])).toBe(true);
    expect(inTeacherField({ industryCode: '3042', skills: [] }, ['460305'])).toBe(false);
    expect(inTeacherField({ industryCode: '1431', skills: ['工业机器人'] }, ['460305'])).toBe(true);
    expect(inTeacherField({ industryCode: 'C', skills: [''] }, ['460305'])).toBe(false);
  });
});
