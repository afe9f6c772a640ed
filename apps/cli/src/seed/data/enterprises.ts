import { generateUscc } from '@app/reference';
import { yearOf } from './dates';
import { CITY_PREFIX, DISTRICT, districtInfo, type DistrictCode } from './districts';
import type { CodeOption, IndustryProfile } from './profile';
import { PROFILES, profileOf } from './profiles';
import { createRng, pad, type Rng } from './prng';
import type { EnterpriseSizeValue, SeedEnterprise } from './types';

export const ENTERPRISE_COUNT = 128;

/** 1-based positions of enterprises awaiting review (ent-003 shows ORG_NOT_VERIFIED in the demo). */
const PENDING = new Set([3, 21, 39, 57, 76, 94, 113]);
const REJECTED = new Map<number, string>([
  [47, '上传的营业执照与填写的统一社会信用代码不一致，请核对后重新提交。'],
  [88, '企业名称与营业执照登记名称不符，请按执照上的全称填写。'],
  [122, '所选行业与营业执照经营范围不符，请修改行业分类后重新提交。'],
]);

const SIZE_WEIGHTS: Record<EnterpriseSizeValue, number> = {
  micro: 12,
  small: 40,
  medium: 33,
  large: 15,
};
const SIZES = Object.keys(SIZE_WEIGHTS) as EnterpriseSizeValue[];

const EMPLOYEES: Record<EnterpriseSizeValue, [number, number]> = {
  micro: [3, 9],
  small: [12, 95],
  medium: [100, 290],
  large: [300, 1800],
};

/** Years since founding, by size. */
const AGE: Record<EnterpriseSizeValue, [number, number]> = {
  micro: [1, 6],
  small: [2, 18],
  medium: [5, 25],
  large: [10, 35],
};

const CLOSINGS = [
  '企业重视校企合作，愿与职业院校共建实训基地、开展订单培养。',
  '希望通过产教融合平台对接院校和专家资源，解决技术与人才难题。',
  '企业长期接收职业院校学生实习，并选派技术骨干担任兼职教师。',
  '公司正推进数字化转型，急需懂工艺、会操作的技术技能人才。',
  '企业积极参与市级技能大赛，为赛项提供设备和技术裁判。',
];

/** The first enterprises are fixed so the demo can rely on them. */
interface Fixed {
  profile: IndustryProfile;
  code: string;
  name?: string;
  size?: EnterpriseSizeValue;
  district?: DistrictCode;
  business?: string;
  tags?: string[];
}

function fixedEnterprises(): Fixed[] {
  return [
    {
      profile: profileOf('glass'),
      code: '3042',
      name: '示范市晶华光伏玻璃有限公司',
      size: 'large',
      district: DISTRICT.devZone,
      business: '超白光伏盖板玻璃的钢化、镀膜深加工',
      tags: ['光伏玻璃', '太阳能玻璃', '钢化玻璃', '镀膜玻璃', '产教融合型企业'],
    },
    {
      profile: profileOf('bakery'),
      code: '1411',
      size: 'medium',
      district: DISTRICT.haigang,
      business: '面包、蛋糕和西式面点的生产与连锁门店经营',
      tags: ['烘焙', '西式面点', '订单班', '食品安全'],
    },
    { profile: profileOf('drones'), code: '3963', size: 'small', district: DISTRICT.funing },
  ];
}

function industrySequence(rng: Rng, fixed: Fixed[]): IndustryProfile[] {
  const rest: IndustryProfile[] = [];
  for (const profile of PROFILES) {
    const taken = fixed.filter((f) => f.profile.id === profile.id).length;
    for (let i = taken; i < profile.enterpriseCount; i++) rest.push(profile);
  }
  return [...fixed.map((f) => f.profile), ...rng.shuffle(rest)];
}

function pickCode(rng: Rng, profile: IndustryProfile): CodeOption {
  // The first code is the industry's main one.
  return rng.weighted(profile.codes, (c) => (c === profile.codes[0] ? 3 : 1));
}

function enterpriseName(
  rng: Rng,
  profile: IndustryProfile,
  option: CodeOption,
  district: DistrictCode,
  size: EnterpriseSizeValue,
  used: { names: Set<string>; stems: Set<string>; brands: Set<string> },
): string {
  for (let attempt = 0; attempt < 200; attempt++) {
    const fresh = profile.brands.filter((b) => !used.brands.has(b));
    const brand = rng.pick(fresh.length > 0 ? fresh : profile.brands);
    const word = rng.pick(option.nameWords);
    const stem = brand + word;
    if (used.stems.has(stem)) continue;
    const prefix = rng.chance(0.55) ? CITY_PREFIX : districtInfo(district).namePrefix;
    const form =
      size === 'large' && rng.chance(0.5)
        ? rng.pick(['股份有限公司', '集团有限公司'])
        : word.endsWith('医院') || word.endsWith('馆') || word.endsWith('院')
          ? '有限公司'
          : rng.pick(['有限公司', '有限公司', '有限公司', '有限责任公司']);
    const name = prefix + stem + form;
    if (used.names.has(name)) continue;
    used.names.add(name);
    used.stems.add(stem);
    used.brands.add(brand);
    return name;
  }
  throw new Error(`Ran out of enterprise names for ${profile.id}`);
}

function describe(
  rng: Rng,
  name: string,
  profile: IndustryProfile,
  business: string,
  district: DistrictCode,
  size: EnterpriseSizeValue,
  today: string,
): string {
  const founded = yearOf(today) - rng.int(...AGE[size]);
  const [min, max] = EMPLOYEES[size];
  const employees = rng.int(min, max);
  const technical = Math.max(1, Math.round(employees * (0.12 + rng.next() * 0.25)));
  return [
    `${name}成立于${founded}年，位于${districtInfo(district).name}，主要从事${business}。`,
    `现有员工${employees}人，其中专业技术人员${technical}人。`,
    ...rng.sample(profile.highlights, size === 'micro' ? 1 : 2),
    rng.pick(CLOSINGS),
  ].join('');
}

function tagsFor(rng: Rng, profile: IndustryProfile, size: EnterpriseSizeValue): string[] {
  const tags = rng.sample(profile.tags, rng.int(3, 4));
  const technical = ['glass', 'photovoltaic', 'newMaterials', 'robotics', 'drones', 'biopharma'];
  if (technical.includes(profile.id) && rng.chance(0.3)) tags.push('高新技术企业');
  if ((size === 'medium' || size === 'large') && rng.chance(0.2)) tags.push('专精特新');
  if (rng.chance(0.15)) tags.push('产教融合型企业');
  return [...new Set(tags)];
}

export function buildEnterprises(today: string): SeedEnterprise[] {
  const rng = createRng('chanjiao:enterprises');
  const fixed = fixedEnterprises();
  const sequence = industrySequence(rng, fixed);
  const used = { names: new Set<string>(), stems: new Set<string>(), brands: new Set<string>() };
  // The fixed name's brand and stem are reserved before any other name is drawn.
  used.names.add('示范市晶华光伏玻璃有限公司');
  used.stems.add('晶华光伏玻璃');
  used.brands.add('晶华');

  return sequence.map((profile, index) => {
    const n = index + 1;
    const key = `ent-${pad(n, 3)}`;
    const preset: Fixed | undefined = fixed[index];
    const option = preset
      ? (profile.codes.find((c) => c.code === preset.code) ?? profile.codes[0])
      : pickCode(rng, profile);
    const district = preset?.district ?? rng.pick(profile.districts);
    const size = preset?.size ?? rng.weighted(SIZES, (s) => SIZE_WEIGHTS[s]);
    const name = preset?.name ?? enterpriseName(rng, profile, option, district, size, used);
    const business = preset?.business ?? rng.pick(option.business);
    const rejectionReason = REJECTED.get(n);
    const enterprise: SeedEnterprise = {
      key,
      name,
      creditCode: generateUscc(key, districtInfo(district).divisionCode),
      industryCode: option.code,
      size,
      district,
      description: describe(rng, name, profile, business, district, size, today),
      tags: preset?.tags ?? tagsFor(rng, profile, size),
      status: rejectionReason ? 'rejected' : PENDING.has(n) ? 'pending' : 'verified',
    };
    if (rejectionReason) enterprise.rejectionReason = rejectionReason;
    return enterprise;
  });
}

const NAME_PREFIXES = [
  ...new Set(Object.values(DISTRICT).map((d) => districtInfo(d).namePrefix)),
  CITY_PREFIX,
].sort((a, b) => b.length - a.length);
const NAME_FORMS = /(股份有限公司|集团有限公司|有限责任公司|有限公司)$/;

/** '示范市晶华光伏玻璃有限公司' → '晶华光伏玻璃'. */
export function shortEnterpriseName(name: string): string {
  const prefix = NAME_PREFIXES.find((p) => name.startsWith(p)) ?? '';
  return name.slice(prefix.length).replace(NAME_FORMS, '');
}
