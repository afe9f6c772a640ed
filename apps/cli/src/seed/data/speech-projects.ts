import type { SeedProject } from './projects';
import type { CityData } from './types';

/**
 * The cooperation the seed speech reports (000_5d14e985feef8150.txt), as projects whose
 * figures add up to its totals: `npm run demo` prints them computed from the database
 * (`programmes:totals`). Generic names only (no real brands, as the rest of the seed).
 *
 * - the bakery order class: 1,500+ graduates sent to the chain, 90% of them in key posts;
 * - the glass industry college: 95% employment in 2024, 70% of the employed in the chain;
 * - 87 teachers in enterprise R&D over three years, one 12-teacher project saving 3 million+;
 * - 25 incubation bases hosting 1,939 start-ups with 12,000+ jobs;
 * - the graduates' start-up rate rising from 3% (2021) to 7.2% (2024): founders graduating in a
 *   year against the colleges' yearly intake (the graduates of that year, near enough).
 */
export function buildSpeechProjects(city: CityData): SeedProject[] {
  const bakery = city.enterprises.find((e) => e.key === 'ent-002');
  const glass = city.enterprises.find((e) => e.key === 'ent-001');
  const serviceSchool = city.colleges.find((c) => c.key === 'col-04');
  const buildingCollege = city.colleges.find((c) => c.key === 'col-01');
  if (!bakery || !glass || !serviceSchool || !buildingCollege) return [];
  return [
    orderClass(bakery.key, bakery.name, serviceSchool.key),
    industryCollege(glass.key, glass.name, buildingCollege.key, buildingCollege.name),
    ...rndProjects(glass.key, buildingCollege.key),
    ...incubation(
      city.colleges.map((c) => ({ key: c.key, name: c.name })),
      sum(city.colleges.flatMap((c) => c.majors.map((m) => m.annualIntake ?? 0))),
    ),
  ];
}

/** Graduates of the nine cohorts that entered 2013–2021 (three-year 中职 programme). */
const ORDER_CLASS_GRADUATES = [152, 160, 165, 170, 174, 172, 178, 176, 180];

function orderClass(enterpriseKey: string, enterpriseName: string, collegeKey: string) {
  const outcomes = ORDER_CLASS_GRADUATES.map((graduated, i) => {
    const hired = graduated - (i % 3 === 0 ? 2 : 1);
    return {
      period: String(2016 + i),
      figures: {
        enrolled: graduated + 6,
        graduated,
        hiredByEnterprise: hired,
        retainedAfterOneYear: Math.round(hired * 0.93),
        inKeyPosts: Math.round(hired * 0.9),
        startingSalary: 3600 + i * 250,
        // The whole cohort does its final-year internship in the chain's shops (顶岗实习).
        internsHosted: graduated + 2,
      },
      reportedByKey: collegeKey,
      confirmedByKey: enterpriseKey,
    };
  });
  const project: SeedProject = {
    key: 'speech:order-class:bakery',
    connectionKey: null,
    kind: 'order_class',
    title: `${enterpriseName}西式面点订单班`,
    description:
      '2013年起校企共建西式面点订单班：企业参与制定人才培养方案，西点师到校授课，学生入学即接受企业化培养，毕业即入职门店。',
    status: 'running',
    startDate: '2013-09-01',
    endDate: '2027-06-30',
    details: { majorCode: '740203', cohortYear: 2013, cohortSize: 160, curriculumCoDesigned: true },
    organizationKeys: [enterpriseKey, collegeKey],
    expertKeys: [],
    outcomes,
    milestones: [],
  };
  return project;
}

function industryCollege(
  enterpriseKey: string,
  enterpriseName: string,
  collegeKey: string,
  collegeName: string,
): SeedProject {
  return {
    key: 'speech:industry-college:glass',
    connectionKey: null,
    kind: 'industry_college',
    title: `玻璃产业学院（${collegeName.replace('示范市', '')}·${enterpriseName}）`,
    description:
      '校企共建玻璃产业学院，联合开发“光伏玻璃智能制造”课程；企业技术人员每周到学院授课，学院教师每学期到企业实训1个月。',
    status: 'running',
    startDate: '2022-09-01',
    endDate: '2027-08-31',
    details: {
      coDevelopedCourses: ['光伏玻璃智能制造', '玻璃深加工工艺', '智能产线运维'],
      enterpriseTeachingHours: 640,
      teacherPracticeMonths: 36,
      trainingBases: 2,
    },
    organizationKeys: [collegeKey, enterpriseKey],
    expertKeys: [],
    // 95% employed; 70% of the employed in the group and its upstream and downstream firms.
    outcomes: [
      {
        period: '2024',
        figures: {
          graduates: 240,
          employed: 228,
          employedInChain: 160,
          averageStartingSalary: 5280,
        },
        reportedByKey: collegeKey,
        confirmedByKey: enterpriseKey,
      },
    ],
    milestones: [],
  };
}

/** Teams of teachers per R&D project, 2022–2024: 87 in all, the first project led by 12. */
const RND_TEAMS = [12, 10, 10, 10, 9, 9, 9, 9, 9];
const RND_PROBLEMS = [
  '玻璃深加工工艺优化',
  '钢化炉温控节能改造',
  '镀膜玻璃膜层均匀性提升',
  '中空玻璃密封失效分析',
  '玻璃切割良率提升',
  '窑炉余热回收利用',
  '光伏玻璃透光率提升',
  '磨边工序自动化改造',
  '夹层玻璃气泡缺陷治理',
];

function rndProjects(enterpriseKey: string, collegeKey: string): SeedProject[] {
  return RND_TEAMS.map((teachers, i) => ({
    key: `speech:rnd:${i + 1}`,
    connectionKey: null,
    kind: 'rnd_project' as const,
    title: RND_PROBLEMS[i],
    description: `学院${teachers}名教师与企业工程师组成攻关团队，在教师企业实践基地开展研发。`,
    status: i === 0 || i > 5 ? ('completed' as const) : ('running' as const),
    startDate: `${2022 + (i % 3)}-03-01`,
    endDate: `${2023 + (i % 3)}-12-31`,
    details: {
      problem: RND_PROBLEMS[i],
      team: [
        ...Array.from({ length: teachers }, (_, n) => ({
          name: `教师${String.fromCharCode(0x7532 + n)}${i + 1}`,
          role: 'teacher',
        })),
        { name: `工程师${i + 1}`, role: 'engineer' },
      ],
      budget: 300_000 + i * 50_000,
      deliverables: ['工艺改进方案', '试产验证报告'],
      patents: i === 0 ? 2 : i % 4 === 0 ? 1 : 0,
    },
    organizationKeys: [enterpriseKey, collegeKey],
    expertKeys: [],
    outcomes:
      i === 0
        ? [
            {
              period: '2023',
              figures: { costSaving: 3_120_000 },
              reportedByKey: enterpriseKey,
              confirmedByKey: collegeKey,
            },
          ]
        : [],
    milestones: [],
  }));
}

/** 25 bases (7 of them for vocational graduates) hosting 1,939 start-ups, 12,000+ jobs. */
const BASES = 25;
const START_UPS = 1939;
/** The share of a year's graduates who founded a start-up, 2021 → 2024. */
export const START_UP_RATES: Record<number, number> = {
  2021: 0.03,
  2022: 0.044,
  2023: 0.058,
  2024: 0.072,
};

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

/** Founders' graduation years: the rates' shares of a year's graduates, then earlier years. */
function graduationYears(graduatesPerYear: number): number[] {
  const years = Object.entries(START_UP_RATES).flatMap(([year, rate]) =>
    Array.from({ length: Math.round(rate * graduatesPerYear) }, () => Number(year)),
  );
  return Array.from({ length: START_UPS }, (_, i) => years[i] ?? 2015 + (i % 6));
}

function incubation(
  colleges: readonly { key: string; name: string }[],
  graduatesPerYear: number,
): SeedProject[] {
  const years = graduationYears(graduatesPerYear);
  return Array.from({ length: START_UPS }, (_, i) => {
    const base = i % BASES;
    const college = colleges[i % colleges.length];
    const jobs = 4 + ((i * 7) % 5) + (i % 5 === 0 ? 1 : 0);
    return {
      key: `speech:incubation:${i + 1}`,
      connectionKey: null,
      kind: 'incubation' as const,
      title: `创业实体${i + 1}`,
      description: '入驻创业孵化基地的创业实体。',
      status: 'running' as const,
      startDate: `${2019 + (i % 6)}-0${1 + (i % 9)}-01`,
      endDate: '2029-12-31',
      details: {
        base: `示范市创业孵化基地${base + 1}${base < 7 ? '（职业院校毕业生）' : ''}`,
        entity: `创业实体${i + 1}`,
        founders: [{ name: `创业者${i + 1}`, college: college.name, graduationYear: years[i] }],
      },
      organizationKeys: [college.key],
      expertKeys: [],
      outcomes: [
        {
          period: '2024',
          figures: { jobsCreated: jobs },
          reportedByKey: college.key,
          confirmedByKey: null,
        },
      ],
      milestones: [],
    };
  });
}
