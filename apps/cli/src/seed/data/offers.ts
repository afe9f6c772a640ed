import { COLLEGE_SPECS } from './college-specs';
import type { IndustryProfile } from './profile';
import { PROFILES, profileOf, profileOfCode } from './profiles';
import { createRng, pad, type Rng } from './prng';
import type { OfferKindValue, SeedCollege, SeedExpert, SeedOffer } from './types';

const EXPERT_CONSULTING_OFFERS = 100;
const EXPERT_TRAINING_OFFERS = 15;
const CONSULTING_SUFFIXES = ['咨询', '诊断咨询', '技术咨询', '现场指导', '咨询服务', '专项辅导'];
const COLLEGE_TRAINING_SUFFIXES = ['培训班', '研修班', '实训项目', '技能提升培训', '培训项目'];
const EXPERT_TRAINING_SUFFIXES = ['企业内训', '专题讲座', '专题课程'];

type OfferDraft = Omit<SeedOffer, 'key'>;

class TitleBook {
  private readonly used = new Set<string>();

  /** The first candidate not yet used, else the first with a qualifier. */
  take(candidates: string[], qualifier: string): string {
    const title =
      candidates.find((t) => !this.used.has(t)) ??
      candidates.map((t) => `${t}（${qualifier}）`).find((t) => !this.used.has(t)) ??
      `${candidates[0]}（${qualifier}${this.used.size}）`;
    this.used.add(title);
    return title;
  }
}

function withSuffixes(rng: Rng, stem: string, suffixes: string[]): string[] {
  const fitting = stem.endsWith('培训') ? ['班', '项目'] : suffixes;
  return rng.shuffle(fitting).map((s) => stem + s);
}

function codesOf(rng: Rng, profile: IndustryProfile): string[] {
  const extra = rng.sample(profile.codes.slice(1), rng.int(0, 2)).map((c) => c.code);
  return [profile.codes[0].code, ...extra];
}

function profileOfResult(title: string): IndustryProfile {
  return PROFILES.find((p) => p.results.some((r) => r.title === title)) ?? PROFILES[0];
}

function collegeOffers(rng: Rng, colleges: SeedCollege[], titles: TitleBook): OfferDraft[] {
  const offers: OfferDraft[] = [];
  colleges.forEach((college, index) => {
    if (college.status !== 'verified') return;
    const spec = COLLEGE_SPECS[index];
    for (const result of college.researchResults) {
      const profile = profileOfResult(result.title);
      offers.push({
        provider: { collegeKey: college.key },
        kind: 'research_result',
        title: titles.take([result.title], college.name),
        description: `${result.summary}该成果由${college.name}于${result.year}年完成，可提供技术转让、合作开发或技术服务。`,
        fields: rng.sample(profile.fields, 2),
        tags: ['科研成果', '成果转化', ...rng.sample(profile.tags, 2)],
        industryCodes: codesOf(rng, profile),
      });
    }
    const topics = spec.profiles.flatMap((id) =>
      profileOf(id)
        .trainingTopics.slice(0, 2)
        .map((topic) => ({ topic, profile: profileOf(id) })),
    );
    for (const { topic, profile } of topics.slice(0, 5)) {
      const days = rng.int(2, 10);
      const seats = rng.int(2, 6) * 10;
      offers.push({
        provider: { collegeKey: college.key },
        kind: 'training_programme',
        title: titles.take(withSuffixes(rng, topic, COLLEGE_TRAINING_SUFFIXES), college.name),
        description:
          `${college.name}面向企业职工开设${topic}培训，理论讲授与实操训练相结合，每期${days}天、` +
          `可容纳${seats}人，可按企业需求定制课程，并组织职业技能等级认定。`,
        fields: rng.sample(profile.fields, 2),
        tags: ['职工培训', '技能提升', ...rng.sample(profile.tags, 2)],
        industryCodes: codesOf(rng, profile),
      });
    }
  });
  return offers;
}

function expertOffer(
  rng: Rng,
  expert: SeedExpert,
  kind: Extract<OfferKindValue, 'consulting_service' | 'training_programme'>,
  titles: TitleBook,
): OfferDraft {
  const profile = profileOfCode(expert.industryCodes[0]);
  const skills = expert.skills.slice(0, 3).join('、');
  if (kind === 'consulting_service') {
    const theme =
      expert.key === 'exp-001' ? '光伏玻璃钢化与镀膜工艺' : rng.pick(profile.consulting);
    return {
      provider: { expertKey: expert.key },
      kind,
      title: titles.take(withSuffixes(rng, theme, CONSULTING_SUFFIXES), expert.name),
      description:
        `${expert.name}（${expert.title}，${expert.affiliation}）提供${theme}方面的咨询服务，` +
        `可通过现场调研、远程会诊等方式帮助企业诊断问题、制定改进方案。擅长${skills}。`,
      fields: [...expert.fields],
      tags: ['咨询服务', ...rng.sample(profile.tags, 2)],
      industryCodes: [...expert.industryCodes],
    };
  }
  const topic = rng.pick(profile.trainingTopics);
  return {
    provider: { expertKey: expert.key },
    kind,
    title: titles.take(withSuffixes(rng, topic, EXPERT_TRAINING_SUFFIXES), expert.name),
    description:
      `由${expert.name}（${expert.title}）主讲的${topic}课程，结合一线案例讲解，` +
      `可到企业现场授课，也可线上开展。擅长${skills}。`,
    fields: [...expert.fields],
    tags: ['企业内训', '专家授课', ...rng.sample(profile.tags, 1)],
    industryCodes: [...expert.industryCodes],
  };
}

function expertOffers(rng: Rng, experts: SeedExpert[], titles: TitleBook): OfferDraft[] {
  const listed = experts.filter((e) => e.isPublic && e.availability !== 'unavailable');
  const [first, ...others] = listed.filter((e) => e.services.includes('consulting'));
  const consulting = [first, ...rng.sample(others, EXPERT_CONSULTING_OFFERS - 1)];
  const teachers = rng.sample(
    listed.filter((e) => e.services.includes('part_time_teaching')),
    EXPERT_TRAINING_OFFERS,
  );
  const byKey = (a: SeedExpert, b: SeedExpert) => a.key.localeCompare(b.key);
  return [
    ...consulting.sort(byKey).map((e) => expertOffer(rng, e, 'consulting_service', titles)),
    ...teachers.sort(byKey).map((e) => expertOffer(rng, e, 'training_programme', titles)),
  ];
}

export function buildOffers(colleges: SeedCollege[], experts: SeedExpert[]): SeedOffer[] {
  const rng = createRng('chanjiao:offers');
  const titles = new TitleBook();
  return [...collegeOffers(rng, colleges, titles), ...expertOffers(rng, experts, titles)].map(
    (offer, index) => ({ key: `off-${pad(index + 1, 3)}`, ...offer }),
  );
}
