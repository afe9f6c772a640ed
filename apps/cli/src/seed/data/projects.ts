import type { SeedConnection } from './feedback';
import type { CityData } from './types';

/**
 * A few cooperation projects (issue 12) on the demo's connected matches, with figures whose
 * totals are plausible for one city's order class, industry college and R&D project. The
 * speech's city-wide totals come later (ADR 0019).
 */
export interface SeedProject {
  key: string;
  /** The match it came from, or null for one registered directly. */
  connectionKey: string | null;
  kind: 'order_class' | 'industry_college' | 'rnd_project' | 'incubation' | 'teacher_practice';
  title: string;
  description: string;
  status: 'planned' | 'running' | 'completed';
  startDate: string;
  endDate: string;
  details: Record<string, unknown>;
  organizationKeys: string[];
  expertKeys: string[];
  /** Who reports (the first key) and who confirms (the second, or null: awaiting). */
  outcomes: {
    period: string;
    figures: Record<string, number>;
    reportedByKey: string;
    confirmedByKey: string | null;
  }[];
  milestones: {
    title: string;
    ownerKey: string;
    /** Days from today (negative: in the past). */
    dueInDays: number;
    completed: boolean;
  }[];
}

/** The first connected enterprise–college matches and one with an expert, with accounts. */
export function buildProjects(
  city: CityData,
  connections: readonly SeedConnection[],
  hasAccount: (key: string) => boolean,
): SeedProject[] {
  const connected = connections.filter(
    (c) => c.status === 'connected' && hasAccount(c.enterpriseKey),
  );
  const withCollege = connected.filter((c) => c.collegeKey && hasAccount(c.collegeKey));
  const withExpert = connected.find((c) => c.expertKey && hasAccount(c.expertKey));
  const name = (key: string) =>
    city.enterprises.find((e) => e.key === key)?.name ??
    city.colleges.find((c) => c.key === key)?.name ??
    '';
  const projects: SeedProject[] = [];

  const orderClass = withCollege[0];
  if (orderClass?.collegeKey) {
    const college = city.colleges.find((c) => c.key === orderClass.collegeKey);
    const major = college?.majors[0];
    projects.push({
      key: `project:order-class:${orderClass.key}`,
      connectionKey: orderClass.key,
      kind: 'order_class',
      title: `${name(orderClass.enterpriseKey)}订单班（${major?.name ?? '2023级'}）`,
      description: '企业与学院共同制定人才培养方案，企业导师进课堂，学生毕业后优先入职企业。',
      status: 'running',
      startDate: '2023-09-01',
      endDate: '2026-06-30',
      details: {
        majorCode: major?.code ?? '460305',
        cohortYear: 2023,
        cohortSize: 45,
        curriculumCoDesigned: true,
      },
      organizationKeys: [orderClass.enterpriseKey, orderClass.collegeKey],
      expertKeys: [],
      outcomes: [
        {
          period: '2023',
          figures: {
            enrolled: 45,
            graduated: 43,
            hiredByEnterprise: 39,
            retainedAfterOneYear: 34,
            inKeyPosts: 35,
            startingSalary: 5200,
          },
          reportedByKey: orderClass.enterpriseKey,
          confirmedByKey: orderClass.collegeKey,
        },
        {
          period: '2024',
          figures: { enrolled: 48, graduated: 46, hiredByEnterprise: 42, inKeyPosts: 38 },
          reportedByKey: orderClass.collegeKey,
          confirmedByKey: null,
        },
      ],
      milestones: [
        {
          title: '共同制定人才培养方案',
          ownerKey: orderClass.collegeKey,
          dueInDays: -400,
          completed: true,
        },
        {
          title: '完成2025级订单班招生',
          ownerKey: orderClass.enterpriseKey,
          dueInDays: 30,
          completed: false,
        },
      ],
    });
  }

  const industryCollege = withCollege.find(
    (c) => c.collegeKey !== orderClass?.collegeKey && c.enterpriseKey !== orderClass?.enterpriseKey,
  );
  if (industryCollege?.collegeKey) {
    projects.push({
      key: `project:industry-college:${industryCollege.key}`,
      connectionKey: industryCollege.key,
      kind: 'industry_college',
      title: `${name(industryCollege.collegeKey)}·${name(industryCollege.enterpriseKey)}产业学院`,
      description: '校企共建产业学院，共同开发课程、共建实训基地，毕业生优先在合作企业链上就业。',
      status: 'running',
      startDate: '2022-09-01',
      endDate: '2027-08-31',
      details: {
        coDevelopedCourses: ['生产工艺与质量控制', '智能产线运维', '企业管理实务'],
        enterpriseTeachingHours: 320,
        teacherPracticeMonths: 24,
        trainingBases: 2,
      },
      organizationKeys: [industryCollege.collegeKey, industryCollege.enterpriseKey],
      expertKeys: [],
      outcomes: [
        {
          period: '2024',
          figures: {
            graduates: 120,
            employed: 114,
            employedInChain: 80,
            averageStartingSalary: 4800,
          },
          reportedByKey: industryCollege.collegeKey,
          confirmedByKey: industryCollege.enterpriseKey,
        },
      ],
      milestones: [
        {
          title: '第二个实训基地挂牌',
          ownerKey: industryCollege.enterpriseKey,
          dueInDays: -3,
          completed: false,
        },
      ],
    });
  }

  if (withExpert?.expertKey) {
    projects.push({
      key: `project:rnd:${withExpert.key}`,
      connectionKey: withExpert.key,
      kind: 'rnd_project',
      title: `${name(withExpert.enterpriseKey)}技术攻关项目`,
      description: '针对企业关键环节效率偏低、成本偏高的问题，专家与企业工程师联合攻关。',
      status: 'completed',
      startDate: '2024-03-01',
      endDate: '2024-12-31',
      details: {
        problem: '关键业务环节效率偏低，运营成本偏高',
        team: [
          { name: '专家团队', role: 'expert' },
          { name: '企业工程师', role: 'engineer' },
        ],
        budget: 500000,
        deliverables: ['技术改进方案', '实施验收报告'],
        patents: 1,
      },
      organizationKeys: [withExpert.enterpriseKey],
      expertKeys: [withExpert.expertKey],
      outcomes: [
        {
          period: 'total',
          figures: { costSaving: 3_000_000 },
          reportedByKey: withExpert.enterpriseKey,
          confirmedByKey: withExpert.expertKey,
        },
      ],
      milestones: [
        {
          title: '提交技术改进方案',
          ownerKey: withExpert.expertKey,
          dueInDays: -200,
          completed: true,
        },
      ],
    });
  }
  return projects;
}
