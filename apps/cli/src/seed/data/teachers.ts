import { seedUuid } from '../seed-ids';
import { personName } from './names';
import { createRng } from './prng';
import type { SeedProject } from './projects';
import type { CityData } from './types';

/** A college's teacher as the demo seeds it (issue 12). */
export interface SeedTeacher {
  key: string;
  collegeKey: string;
  name: string;
  majors: string[];
  certification: {
    level: 'junior' | 'intermediate' | 'senior';
    certifiedOn: string;
    certifyingBody: string;
    status: 'valid';
  } | null;
  trainings: { title: string; provider: string; from: string; to: string; hours: number }[];
}

/** Teachers per college: the building-materials college has the most (its R&D and practice). */
const TEACHERS = 320;
/** The speech: 217 city-level 双师型 teachers certified in 2024, 150 trained at national or provincial level. */
export const CERTIFIED_2024 = 217;
export const TRAINED_2024 = 150;

const LEVELS = ['junior', 'intermediate', 'senior'] as const;
const TRAININGS = [
  { title: '国家级职业院校教师素质提高计划', provider: '教育部职业院校教师培训基地' },
  { title: '省级“双师型”教师技能培训', provider: '省教育厅' },
];

export function buildTeachers(city: CityData): SeedTeacher[] {
  const rng = createRng('chanjiao-seed:teachers');
  const taken = new Set<string>();
  const colleges = city.colleges.filter((c) => c.majors.length > 0);
  return Array.from({ length: TEACHERS }, (_, i) => {
    // Every fourth teacher is at the building-materials college, the rest spread evenly.
    const college = i % 4 === 0 ? colleges[0] : colleges[1 + (i % (colleges.length - 1))];
    const majors = college.majors.map((m) => m.code);
    return {
      key: `teacher-${String(i + 1).padStart(3, '0')}`,
      collegeKey: college.key,
      name: personName(rng, taken),
      majors: [majors[i % majors.length]],
      certification:
        i < CERTIFIED_2024
          ? {
              level: LEVELS[i % LEVELS.length],
              certifiedOn: `2024-${String(3 + (i % 9)).padStart(2, '0')}-15`,
              certifyingBody: '示范市教育局',
              status: 'valid' as const,
            }
          : null,
      trainings:
        i % 2 === 0 && i / 2 < TRAINED_2024
          ? [
              {
                ...TRAININGS[i % TRAININGS.length],
                from: `2024-07-${String(1 + (i % 20)).padStart(2, '0')}`,
                to: `2024-07-${String(8 + (i % 20)).padStart(2, '0')}`,
                hours: 40,
              },
            ]
          : [],
    };
  });
}

/** Days of enterprise practice this year: most meet the two months, one in five falls short. */
const practiceDays = (i: number) => (i % 10 === 8 ? 45 : i % 10 === 9 ? 30 : 60 + (i % 7));

export function teacherPracticeProjects(
  teachers: readonly SeedTeacher[],
  enterpriseKey: string,
  year: number,
): SeedProject[] {
  // The building-materials college's teachers (its practice base with the glass group).
  const first = teachers.filter((t) => t.collegeKey === teachers[0]?.collegeKey);
  return first.map((teacher, i) => {
    const days = practiceDays(i);
    const from = `${year}-01-${String(5 + (i % 20)).padStart(2, '0')}`;
    const to = `${year}-0${days > 60 ? 4 : 3}-${String(10 + (i % 18)).padStart(2, '0')}`;
    return {
      key: `teacher-practice:${teacher.key}:${year}`,
      connectionKey: null,
      kind: 'teacher_practice' as const,
      title: `${teacher.name}老师企业实践`,
      description: '专业教师到企业实践，参与生产工艺改进和技术攻关。',
      status: 'completed' as const,
      startDate: from,
      endDate: to,
      details: {
        teacherName: teacher.name,
        teacherId: seedUuid(teacher.key),
        from,
        to,
        days,
        tasks: ['参与生产工艺改进', '跟岗学习新设备操作'],
      },
      organizationKeys: [enterpriseKey, teacher.collegeKey],
      expertKeys: [],
      outcomes: [
        {
          period: String(year),
          figures: { daysConfirmed: days },
          reportedByKey: teacher.collegeKey,
          confirmedByKey: enterpriseKey,
        },
      ],
      milestones: [],
    };
  });
}
