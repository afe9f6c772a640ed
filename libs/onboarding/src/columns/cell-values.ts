import { findDistrict, findMajor, listDistricts, normalizeIndustryCode } from '@app/reference';

/** 、，,;；| and line breaks (Alt+Enter in Excel) all separate list entries. */
const LIST_SEPARATORS = /[、，,;；|\r\n]+/;
const MAJOR_SEPARATORS = /[;；、\r\n]+/;

/** Empty cells become undefined so that the DTO's @IsOptional applies. */
export const optional = (text: string): string | undefined => (text === '' ? undefined : text);

export function list(text: string, separators: RegExp = LIST_SEPARATORS): string[] | undefined {
  const items = text
    .split(separators)
    .map((s) => s.trim())
    .filter(Boolean);
  return items.length > 0 ? items : undefined;
}

/**
 * Whole counts, allowing thousands separators ("1,200"). Anything else is passed on as text so
 * that the DTO reports it with the API's own code.
 */
export function count(text: string): number | string | undefined {
  const digits = text.replace(/[,，\s]/g, '');
  if (digits === '') return undefined;
  return /^\d{1,9}$/.test(digits) ? Number(digits) : text;
}

/** Maps zh-CN or English labels (case-insensitive) to enum values; unknown text is kept. */
export function choice(text: string, labels: Readonly<Record<string, string>>): string | undefined {
  if (text === '') return undefined;
  return labels[text] ?? labels[text.toLowerCase()] ?? text;
}

/** A district code, its zh-CN name (海港区) or its English name, as the catalogue's code. */
export function district(text: string): string | undefined {
  if (text === '') return undefined;
  const byCode = findDistrict(text);
  if (byCode) return byCode.code;
  const lower = text.toLowerCase();
  const named = listDistricts().find((d) => d.name === text || d.nameEn.toLowerCase() === lower);
  return named?.code ?? text;
}

/** 'C3042' → '3042'; malformed codes are kept for the validator to reject. */
export function industryCode(text: string): string | undefined {
  if (text === '') return undefined;
  return normalizeIndustryCode(text) ?? text;
}

export interface MajorInput {
  code: string;
  name: string;
}

/**
 * `460305 工业机器人技术；460301 机械制造及自动化`. A bare code takes its name from the
 * catalogue; an entry without a leading code keeps an empty code for the validator to reject.
 */
export function majors(text: string): MajorInput[] | undefined {
  return list(text, MAJOR_SEPARATORS)?.map((entry) => {
    const match = /^(\d+)\s*(.*)$/.exec(entry);
    if (!match) return { code: '', name: entry };
    const [, code, name] = match;
    return { code, name: name.trim() || (findMajor(code)?.name ?? '') };
  });
}
