import { describe, expect, it } from '@jest/globals';
import { demandQuery, namedMajor, placesAsked } from './demand-query';

const demand = (over: Record<string, unknown>) =>
  ({
    kind: 'rnd',
    title: '',
    description: '',
    skills: [],
    tags: [],
    details: {},
    ...over,
  }) as never;
const terms = (d: never) => demandQuery(d).concepts.map((c) => c.term);

describe('demandQuery', () => {
  it('reads title, description, skills, tags and the named major', () => {
    const q = terms(
      demand({
        kind: 'talent',
        title: '订单班合作',
        description: '早上五点上班，做面包和生日蛋糕',
        tags: ['烘焙'],
        details: { type: 'order_class', headcount: 30, majorCode: '540202' },
      }),
    );
    // 540202 is 烹饪工艺与营养 in the 2021 catalogue: the major's name is a query word.
    expect(q).toEqual(expect.arrayContaining(['面包', '生日蛋糕', '烘焙', '烹饪工艺与营养']));
    // 订单班 only restates a talent demand's kind.
    expect(q).not.toContain('订单班');
  });

  it('leaves out words that only restate the kind (培训 in a training demand)', () => {
    expect(terms(demand({ kind: 'training', title: '客房服务员培训' }))).not.toContain('培训');
    expect(terms(demand({ kind: 'rnd', title: '客房服务员培训' }))).toContain('培训');
  });

  it('finds the named major and the places asked in the details', () => {
    expect(namedMajor(demand({ details: { majorCode: '540202' } })).name).toBeTruthy();
    expect(namedMajor(demand({ details: { majorName: '中西面点工艺' } }))).toEqual({
      code: undefined,
      name: '中西面点工艺',
    });
    expect(placesAsked(demand({ details: { headcount: 40 } }))).toBe(40);
    expect(placesAsked(demand({ details: { trainees: 25 } }))).toBe(25);
    expect(placesAsked(demand({}))).toBeUndefined();
  });

  it("reads a college need's courses, projects, interns' majors and what is co-built", () => {
    const teach = terms(
      demand({
        kind: 'part_time_teacher',
        title: '招兼职教师',
        details: { courses: ['PLC编程与应用'], hours: 64, term: '下学期' },
      }),
    );
    expect(teach).toEqual(expect.arrayContaining(['plc']));
    expect(teach).not.toContain('兼职教师');
    const interns = terms(
      demand({ kind: 'internship_base', title: '实习基地', details: { majorCodes: ['460305'] } }),
    );
    expect(interns).toContain('工业机器人技术');
    const cobuild = terms(
      demand({
        kind: 'co_building',
        title: '共建',
        details: { coBuilt: '光伏玻璃产业学院', seeks: '镀膜设备', collegeBrings: '场地' },
      }),
    );
    expect(cobuild).toEqual(expect.arrayContaining(['光伏玻璃', '镀膜']));
    expect(placesAsked(demand({ details: { students: 30 } }))).toBe(30);
  });
});
