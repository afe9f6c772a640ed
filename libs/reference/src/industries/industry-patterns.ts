import { listIndustries, normalizeIndustryCode } from './industry-catalog';

/**
 * SQL LIKE patterns matching a GB/T 4754 code and everything below it ('30' → ['30%'], which
 * matches 304 and 3042); a section letter expands to its divisions. Well-formed numeric codes
 * outside this catalogue still produce a pattern, since stored codes may be more detailed than the
 * catalogue; anything else yields no pattern, which matches nothing.
 */
export function industryPatterns(code: string): string[] {
  const normalized = normalizeIndustryCode(code);
  if (/^[A-T]$/.test(normalized)) {
    return listIndustries({ parent: normalized }).map((division) => `${division.code}%`);
  }
  return /^\d{2,4}$/.test(normalized) ? [`${normalized}%`] : [];
}
