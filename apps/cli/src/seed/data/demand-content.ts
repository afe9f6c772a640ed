import { addDays, addMonths, nextMonthDay, yearOf } from './dates';
import { seedMajor, type MajorCode } from './majors';
import type { IndustryProfile } from './profile';
import type { Rng } from './prng';
import type { DemandKindValue, EnterpriseSizeValue, SeedEnterprise } from './types';

/** What a builder knows when it writes one posting. */
export interface DemandContext {
  rng: Rng;
  profile: IndustryProfile;
  enterprise: SeedEnterprise;
  /** The day the posting was written or published (YYYY-MM-DD). */
  base: string;
  /** Optional overrides for the fixed demo postings. */
  preset?: { talentType?: TalentType; major?: MajorCode };
}

export interface DemandContent {
  /** Candidate titles, most natural first; the caller picks one not yet taken. */
  titles: string[];
  description: string;
  tags: string[];
  skills: string[];
  details: Record<string, unknown>;
}

export type TalentType = 'order_class' | 'internship' | 'hiring';

const SCALE: Record<EnterpriseSizeValue, number> = { micro: 0.3, small: 0.6, medium: 1, large: 2 };

function scaled(ctx: DemandContext, min: number, max: number): number {
  const factor = SCALE[ctx.enterprise.size];
  return Math.max(1, Math.round(ctx.rng.int(min, max) * factor));
}

function majorOf(ctx: DemandContext): { code: string; name: string } {
  const code = ctx.preset?.major ?? ctx.rng.pick(ctx.profile.majors);
  return seedMajor(code);
}

function rolesOf(ctx: DemandContext): string[] {
  const option = ctx.profile.codes.find((c) => c.code === ctx.enterprise.industryCode);
  return option?.roles ?? ctx.profile.roles;
}

function tagsOf(ctx: DemandContext, own: string[], count: number): string[] {
  return [...new Set([...own, ...ctx.rng.sample(ctx.profile.tags, count)])];
}

function talent(ctx: DemandContext): DemandContent {
  const { rng, profile, enterprise } = ctx;
  const type: TalentType =
    ctx.preset?.talentType ??
    rng.weighted<TalentType>(['order_class', 'internship', 'hiring'], (t) =>
      t === 'order_class' ? (profile.id === 'bakery' ? 60 : 30) : t === 'internship' ? 35 : 30,
    );
  const major = majorOf(ctx);
  const role = rng.pick(rolesOf(ctx));
  const skills = rng.sample(profile.skills, rng.int(2, 4));
  let headcount: number;
  let periodStart: string;
  let periodEnd: string;
  let titles: string[];
  let description: string;
  let own: string[];
  if (type === 'order_class') {
    headcount = Math.max(15, scaled(ctx, 25, 45));
    periodStart = nextMonthDay(ctx.base, '09-01', 30);
    periodEnd = `${yearOf(periodStart) + 3}-06-30`;
    const cohort = yearOf(periodStart);
    titles = [
      `${major.name}订单班合作（${cohort}级）`,
      `${role}订单班招生合作`,
      `共建${major.name}订单班`,
      `${cohort}级${role}订单班`,
    ];
    description =
      `因业务发展需要，${enterprise.name}拟与职业院校合作开设${major.name}订单班，` +
      `${cohort}年秋季招收${headcount}名学生。企业参与制定人才培养方案，选派技术骨干到校授课，` +
      `学生在校期间到企业跟岗实习，毕业后可直接入职${role}等岗位。`;
    own = ['订单班', '校企合作'];
  } else if (type === 'internship') {
    headcount = scaled(ctx, 6, 30);
    periodStart = addDays(ctx.base, rng.int(14, 75));
    periodEnd = addMonths(periodStart, rng.int(3, 6));
    titles = [
      `${role}岗位实习生招募`,
      `${major.name}专业学生岗位实习`,
      `招收${major.name}专业实习生`,
      `${yearOf(periodStart)}年${role}实习岗位`,
    ];
    description =
      `现面向${major.name}等相关专业招收${headcount}名实习生，岗位为${role}，` +
      `主要工作涉及${skills.join('、')}。实习期间提供食宿和实习补贴，配备企业导师，表现优秀者可留用。`;
    own = ['实习', '岗位实习'];
  } else {
    headcount = scaled(ctx, 2, 12);
    periodStart = addDays(ctx.base, rng.int(7, 30));
    periodEnd = addMonths(periodStart, rng.int(1, 3));
    titles = [
      `招聘${role}`,
      `诚聘${role}（${headcount}名）`,
      `${major.name}专业应届毕业生招聘`,
      `${role}招聘（${major.name}等专业）`,
    ];
    description =
      `招聘${role}${headcount}名，要求${major.name}等相关专业毕业，熟悉${skills.join('、')}，` +
      `持有相关职业技能等级证书者优先。企业提供五险一金和技能晋升通道。`;
    own = ['招聘', '就业'];
  }
  return {
    titles,
    description,
    tags: tagsOf(ctx, own, rng.int(2, 3)),
    skills,
    details: {
      type,
      headcount,
      majorCode: major.code,
      majorName: major.name,
      periodStart,
      periodEnd,
    },
  };
}

const IP_TERMS = ['negotiable', 'shared', 'enterprise_owned', 'provider_owned'] as const;
const IP_LABEL: Record<(typeof IP_TERMS)[number], string> = {
  negotiable: '知识产权归属可协商',
  shared: '成果知识产权双方共享',
  enterprise_owned: '成果知识产权归企业所有',
  provider_owned: '知识产权归研发方，企业享有优先使用权',
};
const BUDGET: Record<EnterpriseSizeValue, [number, number]> = {
  micro: [2, 8],
  small: [5, 30],
  medium: [10, 60],
  large: [30, 150],
};

function rnd(ctx: DemandContext): DemandContent {
  const { rng, profile } = ctx;
  const code = ctx.enterprise.industryCode;
  const fitting = profile.rnd.filter((p) => !p.codes || p.codes.includes(code));
  const problem = rng.pick(fitting.length > 0 ? fitting : profile.rnd);
  const [low, high] = BUDGET[ctx.enterprise.size];
  const budgetMin = rng.int(low, high) * 10_000;
  const budgetMax = Math.round((budgetMin * (1.2 + rng.next() * 1.3)) / 10_000) * 10_000;
  const ipTerms = rng.weighted(
    IP_TERMS,
    (t) => ({ negotiable: 35, shared: 30, enterprise_owned: 25, provider_owned: 10 })[t],
  );
  const months = rng.int(3, 18);
  const typeLabel = problem.type === 'technical_problem' ? '技术难题' : '工艺优化';
  return {
    titles: [
      problem.title,
      problem.title.endsWith('方案') ? `${problem.title}征集` : `寻求${problem.title}解决方案`,
      `${problem.title}（校企合作）`,
      `${problem.title}合作研发`,
    ],
    description:
      `${problem.detail}希望与职业院校、科研团队或行业专家合作，项目周期约${months}个月，` +
      `预算${budgetMin / 10_000}–${budgetMax / 10_000}万元，${IP_LABEL[ipTerms]}。`,
    tags: tagsOf(ctx, ['技术攻关', typeLabel], 2),
    skills: rng.sample(profile.skills, rng.int(2, 4)),
    details: { problemType: problem.type, budgetMin, budgetMax, ipTerms },
  };
}

const FORMAT_LABEL = { onsite: '线下集中', online: '线上', hybrid: '线上线下结合' } as const;
const TRAINEES: Record<EnterpriseSizeValue, [number, number]> = {
  micro: [3, 10],
  small: [8, 40],
  medium: [20, 120],
  large: [40, 300],
};

function training(ctx: DemandContext): DemandContent {
  const { rng, profile } = ctx;
  const topic = rng.pick(profile.trainingTopics);
  const stem = topic.replace(/培训$/, '');
  const [min, max] = TRAINEES[ctx.enterprise.size];
  const trainees = rng.int(min, max);
  const format = rng.weighted(
    ['onsite', 'hybrid', 'online'] as const,
    (f) => ({ onsite: 55, hybrid: 30, online: 15 })[f],
  );
  const durationDays = format === 'online' ? rng.int(1, 5) : rng.int(2, 15);
  return {
    titles: [
      `${stem}培训`,
      `${stem}专题培训班`,
      `${yearOf(addDays(ctx.base, 45))}年度${stem}培训`,
      `${stem}定制培训`,
      `企业${stem}内训`,
    ],
    description:
      `拟组织${trainees}名员工开展${stem}培训，采用${FORMAT_LABEL[format]}方式，为期${durationDays}天。` +
      `希望由职业院校或行业专家设计课程并授课，培训结束后可组织职业技能等级认定。`,
    tags: tagsOf(ctx, ['员工培训', '技能提升'], 2),
    skills: rng.sample(profile.skills, rng.int(2, 3)),
    details: { trainees, format, durationDays, topic },
  };
}

function teacherPractice(ctx: DemandContext): DemandContent {
  const { rng, profile } = ctx;
  const major = majorOf(ctx);
  const months = rng.weighted([2, 1, 3, 6], (m) => ({ 2: 70, 1: 10, 3: 15, 6: 5 })[m] ?? 0);
  const places = ctx.enterprise.size === 'micro' ? rng.int(1, 2) : rng.int(2, 8);
  const task = rng.pick(profile.practiceTasks);
  const summer = nextMonthDay(ctx.base, '07-06', 20);
  const winter = nextMonthDay(ctx.base, '01-12', 20);
  const startDate = summer < winter ? summer : winter;
  return {
    titles: [
      `${major.name}专业教师企业实践岗位`,
      `双师型教师企业实践（${major.name}）`,
      `“双师型”教师${months}个月企业实践`,
      `接收${major.name}专业教师到企业实践`,
    ],
    description:
      `面向职业院校${major.name}等专业教师提供${places}个企业实践岗位，每期${months}个月，` +
      `${startDate.slice(5, 7) === '07' ? '安排在暑假' : '安排在寒假'}。实践内容：${task}。` +
      `企业安排技术骨干一对一指导，实践结束出具实践鉴定，可用于“双师型”教师认定。`,
    tags: tagsOf(ctx, ['教师企业实践', '双师型'], rng.int(1, 2)),
    skills: rng.sample(profile.skills, rng.int(2, 3)),
    details: { months, places, majorCode: major.code, startDate },
  };
}

export const DEMAND_WRITERS: Record<DemandKindValue, (ctx: DemandContext) => DemandContent> = {
  talent,
  rnd,
  training,
  teacher_practice: teacherPractice,
};
