import { COLLEGE_SPECS } from './college-specs';
import { personName, phoneNumber } from './names';
import type { IndustryProfile } from './profile';
import { PROFILES, profileOf, profileOfCode } from './profiles';
import { createRng, pad, shuffledQuota, type Rng } from './prng';
import type {
  AvailabilityValue,
  ExpertServiceValue,
  SeedCollege,
  SeedEnterprise,
  SeedExpert,
} from './types';

export const EXPERT_COUNT = 600;

type AffiliationKind = 'college' | 'enterprise' | 'institute';

interface Affiliation {
  kind: AffiliationKind;
  name: string;
  district: string;
  industryCode?: string;
}

const SERVICE_ORDER: ExpertServiceValue[] = ['consulting', 'rnd', 'part_time_teaching'];

const SERVICE_ODDS: Record<AffiliationKind, Record<ExpertServiceValue, number>> = {
  college: { consulting: 0.7, rnd: 0.6, part_time_teaching: 0.1 },
  enterprise: { consulting: 0.6, rnd: 0.3, part_time_teaching: 0.7 },
  institute: { consulting: 0.6, rnd: 0.4, part_time_teaching: 0.6 },
};

const EXTRAS: Record<AffiliationKind, string[]> = {
  college: [
    '入选市级“双师型”教师名录，每年到企业实践不少于2个月。',
    '指导学生在省级职业技能大赛中获一等奖。',
    '主持市级科技计划项目2项，获授权发明专利3件。',
    '参与专业人才培养方案和课程标准的制定。',
  ],
  enterprise: [
    '长期担任职业院校兼职教师，主讲实践类课程。',
    '多次担任市级职业技能大赛裁判。',
    '主导企业技术改造项目多项，为企业节约成本数百万元。',
    '参与制定行业和企业标准多项。',
  ],
  institute: [
    '带教实习学生和青年骨干多年。',
    '为本地企业开展技术服务30余项。',
    '参与起草地方标准2项。',
    '受聘为职业院校专业建设指导委员会委员。',
  ],
};

const AVAILABILITY_NOTE: Record<AvailabilityValue, string> = {
  available: '',
  limited: '目前每月可安排少量时间提供服务。',
  unavailable: '近期工作繁忙，暂不接受新的合作邀请。',
};

function affiliationFor(
  rng: Rng,
  profile: IndustryProfile,
  colleges: SeedCollege[],
  enterprises: SeedEnterprise[],
): Affiliation {
  const kind = rng.weighted<AffiliationKind>(['college', 'enterprise', 'institute'], (k) =>
    k === 'institute' ? 30 : 35,
  );
  if (kind === 'college') {
    const matching = colleges.filter((_, i) => COLLEGE_SPECS[i].profiles.includes(profile.id));
    if (matching.length > 0) {
      const college = rng.pick(matching);
      return { kind, name: college.name, district: college.district };
    }
  }
  if (kind === 'enterprise') {
    const matching = enterprises.filter(
      (e) => e.status === 'verified' && profileOfCode(e.industryCode).id === profile.id,
    );
    if (matching.length > 0) {
      const enterprise = rng.pick(matching);
      return {
        kind,
        name: enterprise.name,
        district: enterprise.district,
        industryCode: enterprise.industryCode,
      };
    }
  }
  const institute = rng.pick(profile.institutes);
  return { kind: 'institute', name: institute.name, district: institute.district };
}

/** Associations' members hold engineers' titles; an enterprise's class may have its own. */
function titlesFor(profile: IndustryProfile, affiliation: Affiliation): string[] {
  if (affiliation.kind === 'enterprise') {
    const option = profile.codes.find((c) => c.code === affiliation.industryCode);
    return option?.titles ?? profile.expertTitles.enterprise;
  }
  if (affiliation.kind === 'institute' && /协会|学会|创业园/.test(affiliation.name)) {
    return profile.expertTitles.enterprise;
  }
  return profile.expertTitles[affiliation.kind];
}

function servicesFor(rng: Rng, kind: AffiliationKind): ExpertServiceValue[] {
  const odds = SERVICE_ODDS[kind];
  const services = SERVICE_ORDER.filter((s) => rng.chance(odds[s]));
  if (services.length > 0) return services;
  return [rng.weighted(SERVICE_ORDER, (s) => odds[s])];
}

function industryCodesFor(rng: Rng, profile: IndustryProfile, affiliation: Affiliation): string[] {
  const codes = rng.sample(profile.codes, rng.int(1, 3)).map((c) => c.code);
  const first = affiliation.industryCode ?? profile.codes[0].code;
  return [first, ...codes.filter((c) => c !== first)].slice(0, 3);
}

function profileSequence(rng: Rng): IndustryProfile[] {
  const glass = profileOf('glass');
  const quota = PROFILES.map((p) => [p, p.expertCount - (p === glass ? 1 : 0)] as const);
  return [glass, ...shuffledQuota(rng, quota)];
}

/** Puts a wanted value first, swapping it with its first occurrence. */
function withFirst<T>(items: T[], wanted: T): T[] {
  const at = items.indexOf(wanted);
  if (at > 0) [items[0], items[at]] = [items[at], items[0]];
  return items;
}

export function buildExperts(colleges: SeedCollege[], enterprises: SeedEnterprise[]): SeedExpert[] {
  const rng = createRng('chanjiao:experts');
  const profiles = profileSequence(rng);
  const availability = withFirst(
    shuffledQuota<AvailabilityValue>(rng, [
      ['available', 390],
      ['limited', 120],
      ['unavailable', 90],
    ]),
    'available',
  );
  const visibility = withFirst(
    shuffledQuota(rng, [
      [true, 570],
      [false, 30],
    ]),
    true,
  );
  const names = new Set<string>();
  const phones = new Set<string>();

  return profiles.map((profile, index) => {
    const n = index + 1;
    const first = n === 1;
    const affiliation: Affiliation = first
      ? { kind: 'college', name: colleges[0].name, district: colleges[0].district }
      : affiliationFor(rng, profile, colleges, enterprises);
    const name = personName(rng, names);
    const title = first ? '教授' : rng.pick(titlesFor(profile, affiliation));
    const fields = first
      ? ['光伏玻璃', '镀膜技术', '玻璃深加工']
      : rng.sample(profile.fields, rng.int(2, 4));
    const skills = first
      ? ['钢化炉调试', '镀膜工艺', '玻璃缺陷检测', '窑炉热工']
      : rng.sample(profile.skills, rng.int(3, 6));
    const services: ExpertServiceValue[] = first
      ? ['consulting', 'rnd', 'part_time_teaching']
      : servicesFor(rng, affiliation.kind);
    const years = rng.int(6, 32);
    const status = availability[index];
    const bio = [
      `${name}，${title}，现任职于${affiliation.name}，从事${fields[0]}相关工作${years}年，`,
      `擅长${skills.slice(0, 3).join('、')}。`,
      ...rng.sample(EXTRAS[affiliation.kind], rng.int(1, 2)),
      AVAILABILITY_NOTE[status],
    ].join('');
    return {
      key: `exp-${pad(n, 3)}`,
      name,
      title,
      affiliation: affiliation.name,
      district: affiliation.district,
      industryCodes: first ? ['3042', '3825'] : industryCodesFor(rng, profile, affiliation),
      fields,
      skills,
      services,
      availability: status,
      bio,
      isPublic: visibility[index],
      contact: { phone: phoneNumber(rng, phones), email: `expert${pad(n, 3)}@demo.chanjiao.cn` },
    };
  });
}
