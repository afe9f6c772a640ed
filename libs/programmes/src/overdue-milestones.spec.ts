import { describe, expect, it } from '@jest/globals';
import { isOverdue, localDate } from './overdue-milestones';

describe('overdue milestones', () => {
  it('counts the day in the platform time zone', () => {
    // 23:30 UTC on 31 March is already 1 April in Shanghai.
    const now = new Date('2026-03-31T23:30:00Z');
    expect(localDate(now, 'Asia/Shanghai')).toBe('2026-04-01');
    expect(localDate(now, 'UTC')).toBe('2026-03-31');
  });

  it('is overdue the day after its due date, unless completed', () => {
    const open = { dueDate: '2026-03-31', completedAt: null };
    expect(isOverdue(open, '2026-03-31')).toBe(false);
    expect(isOverdue(open, '2026-04-01')).toBe(true);
    expect(isOverdue({ ...open, completedAt: new Date('2026-03-30') }, '2026-04-01')).toBe(false);
  });
});
