import type { FeatureName, Features } from './match-features';
import type { TermMatch } from './query/text-match';
import type { MatchWeights } from './scoring/weights';

export interface Reasons {
  zh: string[];
  en: string[];
}

/** Field names as people read them. */
const FIELD_NAMES: Record<string, [string, string]> = {
  fields: ['专业领域', 'fields'],
  skills: ['技能', 'skills'],
  title: ['标题/职称', 'title'],
  name: ['名称', 'name'],
  bio: ['简介', 'bio'],
  affiliation: ['单位', 'affiliation'],
  industryNames: ['行业', 'industries'],
  industryName: ['行业', 'industry'],
  majorNames: ['专业', 'majors'],
  researchTitles: ['科研成果', 'research'],
  description: ['描述', 'description'],
  tags: ['标签', 'tags'],
  organizationName: ['发布单位', 'organisation'],
};

const fieldName = (field: string, lang: 0 | 1) => FIELD_NAMES[field]?.[lang] ?? field;

function termReason(m: TermMatch, lang: 0 | 1): string {
  const where = m.fields.map((f) => fieldName(f, lang)).join(lang === 0 ? '、' : ', ');
  if (!m.matchedAs) return lang === 0 ? `${m.term}（${where}）` : `${m.term} (${where})`;
  const as =
    m.via === 'synonym'
      ? lang === 0
        ? `同义词“${m.matchedAs}”`
        : `synonym "${m.matchedAs}"`
      : lang === 0
        ? `部分“${m.matchedAs}”`
        : `part "${m.matchedAs}"`;
  return lang === 0 ? `${m.term}：${as}（${where}）` : `${m.term}: ${as} (${where})`;
}

/** [zh, en] sentences for a feature value, or nothing when it says nothing. */
function featureReason(feature: FeatureName, value: number): [string, string] | undefined {
  switch (feature) {
    case 'industry':
      if (value >= 1) return ['行业完全一致', 'same industry'];
      if (value > 0.5) return ['行业相近', 'related industry'];
      if (value === 0) return ['行业不同', 'different industry'];
      return undefined;
    case 'service':
      return value >= 1 ? ['提供所需服务类型', 'offers the service needed'] : undefined;
    case 'district':
      return value >= 1 ? ['同一区县', 'same district'] : undefined;
    case 'trackRecord':
      return value > 0 ? ['平台上有成果或服务发布', 'has published offers'] : undefined;
    case 'major':
      if (value >= 1) return ['开设所需专业', 'teaches the named major'];
      if (value >= 0.7) return ['开设同类专业', 'teaches a major of the same class'];
      if (value > 0) return ['开设同一大类专业', 'teaches a major of the same category'];
      return ['未开设相关专业', 'no related major'];
    case 'capacity':
      if (value >= 1) return ['招生/培训规模满足需求人数', 'intake covers the headcount'];
      if (value < 0.5) return ['招生/培训规模不足', 'intake below the headcount'];
      return undefined;
    case 'availability':
      if (value === 0) return ['目前暂不可接单', 'not available now'];
      if (value < 1) return ['档期有限', 'limited availability'];
      return undefined;
    default:
      return undefined;
  }
}

/**
 * Short reasons in zh-CN and English: the matched terms (with the synonym or part that matched
 * and where), then the features in the order of how much they moved the score.
 */
export function reasonsFor(
  features: Features,
  matches: TermMatch[],
  weights: MatchWeights,
): Reasons {
  const zh: string[] = [];
  const en: string[] = [];
  const top = [...matches].sort((a, b) => b.credit - a.credit).slice(0, 5);
  if (top.length > 0) {
    zh.push(`关键词匹配：${top.map((m) => termReason(m, 0)).join('；')}`);
    en.push(`Matched terms: ${top.map((m) => termReason(m, 1)).join('; ')}`);
  }
  const byImpact = (Object.keys(features) as FeatureName[])
    .filter((f) => f !== 'text')
    .map((f) => {
      const value = features[f] ?? 0;
      const weight = f === 'availability' ? 1 : (weights.weights[f] ?? 0);
      return { f, value, impact: weight * Math.abs(value - 0.5) };
    })
    .sort((a, b) => b.impact - a.impact);
  for (const { f, value } of byImpact) {
    const reason = featureReason(f, value);
    if (!reason) continue;
    zh.push(reason[0]);
    en.push(reason[1]);
  }
  return { zh, en };
}
