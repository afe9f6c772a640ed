import { describe, expect, it } from '@jest/globals';
import { COMPETITIONS, ORDER_CLASSES } from './cooperation-tables';
import { figureColumns, figureTable } from './figure-table';

describe('figure tables', () => {
  it('puts each figure beside its confirmed part, and each rate after its part', () => {
    expect(figureColumns(ORDER_CLASSES).map((c) => c.key)).toEqual([
      'project',
      'projects',
      'outcomes',
      'outcomesConfirmed',
      'enrolled',
      'enrolledConfirmed',
      'graduated',
      'graduatedConfirmed',
      'hired',
      'hiredConfirmed',
      'hireRate',
      'retained',
      'retainedConfirmed',
      'retentionRate',
      'inKeyPosts',
      'inKeyPostsConfirmed',
      'keyPostRate',
    ]);
  });

  it('computes rates from confirmed figures over their base, none without a base', () => {
    const table = figureTable(ORDER_CLASSES, [
      {
        isTotal: true,
        key: null,
        label: null,
        projects: 1,
        outcomes: 2,
        outcomesConfirmed: 1,
        hired: 66,
        hiredConfirmed: 30,
        hireRateBase: 38,
        retainedConfirmed: 27,
        retentionRateBase: 30,
      },
    ]);
    expect(table.rows).toEqual([
      expect.objectContaining({
        project: '合计',
        hired: 66,
        hiredConfirmed: 30,
        hireRate: 78.9,
        retentionRate: 90,
        inKeyPosts: 0,
        keyPostRate: null,
      }),
    ]);
  });

  it('shows fixed groups in order with zeros, and no rows when the kind is filtered out', () => {
    const table = figureTable(COMPETITIONS, [
      { isTotal: false, key: 'province', label: 'province', projects: 2, participants: 40 },
      { isTotal: true, key: null, label: null, projects: 2, participants: 40 },
    ]);
    expect(table.rows.map((r) => [r.code, r.level, r.competitions, r.participants])).toEqual([
      ['school', '校级', 0, 0],
      ['city', '市级', 0, 0],
      ['province', '省级', 2, 40],
      ['national', '国家级', 0, 0],
      [null, '合计', 2, 40],
    ]);
    expect(figureTable(COMPETITIONS, null).rows).toEqual([]);
  });
});
