import { listIndustries, normalizeIndustryCode } from '@app/reference';

/**
 * SQL LIKE patterns that match a GB/T 4754 code and everything below it: `30` matches 3042;
 * a section letter (`C`) matches each of its divisions.
 */
export function industryPatterns(code: string): string[] {
  const normalized = normalizeIndustryCode(code);
  if (/^[A-T]$/.test(normalized)) {
    return listIndustries({ level: 'division', parent: normalized }).map((d) => `${d.code}%`);
  }
  return [`${normalized}%`];
}
