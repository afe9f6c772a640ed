import type { Features } from './match-features';

/** Short zh-CN reasons a person can read next to a score. */
export function reasonsFor(features: Features, matchedTerms: string[]): string[] {
  const reasons: string[] = [];
  if (matchedTerms.length > 0) reasons.push(`关键词匹配：${matchedTerms.slice(0, 5).join('、')}`);
  if (features.industry >= 1) reasons.push('行业完全一致');
  else if (features.industry > 0) reasons.push('行业相近');
  if (features.service >= 1) reasons.push('提供所需服务类型');
  if (features.availability === 0) reasons.push('目前暂不可接单');
  else if (features.availability < 1) reasons.push('档期有限');
  if (features.district >= 1) reasons.push('同一区县');
  if (features.trackRecord > 0) reasons.push('平台上有成果或服务发布');
  return reasons;
}
