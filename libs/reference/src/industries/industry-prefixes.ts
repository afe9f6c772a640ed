import { findIndustry } from './industry-catalog';

/**
 * Every level of the GB/T 4754 tree a code sits under (section letter, division, group, class):
 * search documents store them so that one equality filter matches any level, and matching
 * compares them. The one home of that rule. A well-formed code outside the catalogue keeps its
 * numeric levels (stored codes may be more detailed than the catalogue).
 */
export function industryPrefixes(code: string | null | undefined): string[] {
  if (!code || !/^\d{2,}$/.test(code)) return [];
  const section = findIndustry(code)?.section;
  const levels = [2, 3, 4].filter((n) => code.length >= n).map((n) => code.slice(0, n));
  return section ? [section, ...levels] : levels;
}
