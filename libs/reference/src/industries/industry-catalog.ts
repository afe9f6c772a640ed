import data from './gbt4754.json';

export const INDUSTRY_LEVELS = ['section', 'division', 'group', 'class'] as const;
export type IndustryLevel = (typeof INDUSTRY_LEVELS)[number];

/** One GB/T 4754-2017 node; `code` is the section letter or the 2/3/4-digit numeric code. */
export interface Industry {
  code: string;
  name: string;
  section: string;
  sectionName: string;
  level: IndustryLevel;
  parentCode: string | null;
}

export interface IndustryFilter {
  level?: IndustryLevel;
  parent?: string;
}

interface NamedCode {
  code: string;
  name: string;
}

interface Gbt4754Data {
  sections: NamedCode[];
  divisions: (NamedCode & { section: string })[];
  groups: NamedCode[];
  classes: NamedCode[];
}

const catalog = data as Gbt4754Data;
const sectionOfDivision = new Map(catalog.divisions.map((d) => [d.code, d.section]));
const byCode = new Map<string, Industry>();
const sections: Industry[] = [];
const childrenOf = new Map<string, Industry[]>();
/** Pre-order (A, 01, 011, 0111, …) so an unfiltered listing reads like the standard. */
const allInOrder: Industry[] = [];

function add(code: string, name: string, level: IndustryLevel, parentCode: string | null): void {
  const section = parentCode === null ? code : (sectionOfDivision.get(code.slice(0, 2)) ?? '');
  const sectionName = parentCode === null ? name : (byCode.get(section)?.name ?? '');
  const industry: Industry = Object.freeze({ code, name, section, sectionName, level, parentCode });
  byCode.set(code, industry);
  if (parentCode === null) {
    sections.push(industry);
  } else {
    const siblings = childrenOf.get(parentCode) ?? [];
    siblings.push(industry);
    childrenOf.set(parentCode, siblings);
  }
}

for (const s of catalog.sections) add(s.code, s.name, 'section', null);
for (const d of catalog.divisions) add(d.code, d.name, 'division', d.section);
for (const g of catalog.groups) add(g.code, g.name, 'group', g.code.slice(0, 2));
for (const c of catalog.classes) add(c.code, c.name, 'class', c.code.slice(0, 3));

(function collect(nodes: Industry[]): void {
  for (const industry of nodes) {
    allInOrder.push(industry);
    collect(childrenOf.get(industry.code) ?? []);
  }
})(sections);

/**
 * Canonical form of an industry code: trimmed, upper-cased, with an optional section-letter prefix
 * dropped ('c3042' → '3042'). Input that is malformed, or whose prefix names another section, comes
 * back trimmed and upper-cased so that it matches no entry ('A3042' stays 'A3042').
 */
export function normalizeIndustryCode(code: string): string {
  const trimmed = code.trim().toUpperCase();
  const match = /^([A-T])?(\d{2,4})?$/.exec(trimmed);
  if (!match || !match[2]) return trimmed;
  const [, letter, digits] = match;
  if (letter && sectionOfDivision.get(digits.slice(0, 2)) !== letter) return trimmed;
  return digits;
}

export function findIndustry(code: string): Industry | undefined {
  return byCode.get(normalizeIndustryCode(code));
}

export function isKnownIndustryCode(code: string): boolean {
  return findIndustry(code) !== undefined;
}

/**
 * Without `parent`: every node (optionally of one level). With `parent` alone: its direct
 * children. With both: all descendants of `parent` at that level (e.g. every class under 'C').
 */
export function listIndustries(filter: IndustryFilter = {}): Industry[] {
  const { level, parent } = filter;
  if (parent === undefined) {
    return level ? allInOrder.filter((i) => i.level === level) : [...allInOrder];
  }
  const root = findIndustry(parent);
  if (!root) return [];
  if (!level) return [...(childrenOf.get(root.code) ?? [])];
  return allInOrder.filter((i) => i.level === level && isDescendant(i, root));
}

/** The chain from section down to the code itself; empty for unknown codes. */
export function industryPath(code: string): Industry[] {
  const path: Industry[] = [];
  for (let node = findIndustry(code); node; node = byCode.get(node.parentCode ?? '')) {
    path.unshift(node);
  }
  return path;
}

function isDescendant(industry: Industry, root: Industry): boolean {
  if (industry.code === root.code) return false;
  return root.level === 'section'
    ? industry.section === root.code
    : industry.code.startsWith(root.code);
}
