import type { DemandRecord, OfferRecord } from '@app/demands';
import type { ExpertRecord } from '@app/experts';
import { type OrganizationRecord, taughtMajors } from '@app/organizations';
import { findIndustry, industryPrefixes, majorDivisions } from '@app/reference';
import { searchTerms } from '../text';

/** What is public about an industry code: its name and the levels filters use. */
function industryFacets(code: string | null) {
  const industry = code ? findIndustry(code) : undefined;
  return {
    name: industry?.name ?? '',
    section: industry?.section ?? null,
    prefixes: industryPrefixes(code),
  };
}

const union = (lists: (string | null)[][]) => [
  ...new Set(lists.flat().filter((v): v is string => !!v)),
];

/** Seconds since 1970, as the indexes sort and filter dates (sources above search use it too). */
export const epoch = (date: Date | string | null) =>
  date ? Math.floor(new Date(date).getTime() / 1000) : null;

/** A public demand; nothing private (drafts never get here). */
export function demandDocument(d: DemandRecord, organizationName: string) {
  const industry = industryFacets(d.industryCode);
  return {
    id: d.id,
    version: d.version,
    kind: d.kind,
    title: d.title,
    description: d.description,
    skills: d.skills,
    tags: d.tags,
    industryCode: d.industryCode,
    industryName: industry.name,
    industrySection: industry.section,
    industryPrefixes: industry.prefixes,
    district: d.district,
    organizationId: d.organizationId,
    organizationName,
    deadline: epoch(d.deadline),
    publishedAt: epoch(d.publishedAt),
    terms: searchTerms(d.title, d.description, d.skills.join(' '), d.tags.join(' ')),
  };
}

/** A public expert profile: never the contact details or the account id. */
export function expertDocument(e: ExpertRecord) {
  const industries = e.industryCodes.map(industryFacets);
  return {
    id: e.id,
    version: e.version,
    name: e.name,
    title: e.title,
    affiliation: e.affiliation,
    fields: e.fields,
    skills: e.skills,
    services: e.services,
    availability: e.availability,
    district: e.district,
    industryCodes: e.industryCodes,
    industryNames: industries.map((i) => i.name).filter(Boolean),
    industrySections: union(industries.map((i) => [i.section])),
    industryPrefixes: union(industries.map((i) => i.prefixes)),
    bio: e.bio,
    createdAt: epoch(e.createdAt),
    terms: searchTerms(e.fields.join(' '), e.skills.join(' '), e.title, e.bio),
  };
}

/** A verified enterprise: never its credit code. */
export function enterpriseDocument(o: OrganizationRecord) {
  const industry = industryFacets(o.industryCode);
  return {
    id: o.id,
    version: o.version,
    name: o.name,
    industryCode: o.industryCode,
    industryName: industry.name,
    industrySection: industry.section,
    industryPrefixes: industry.prefixes,
    size: o.size,
    district: o.district,
    description: o.description,
    tags: o.tags,
    createdAt: epoch(o.createdAt),
    terms: searchTerms(o.name, o.description, o.tags.join(' ')),
  };
}

/**
 * A verified college: its majors, research titles and capacity, never its credit code. Its
 * industries are those its majors serve, indexed at the levels filters use (section and division),
 * so that matching can find a college by the industry of a demand.
 */
export function collegeDocument(o: OrganizationRecord) {
  const majors = taughtMajors(o.majors);
  const research = o.researchResults ?? [];
  const industries = majorDivisions(majors.map((m) => m.code)).map(industryFacets);
  return {
    id: o.id,
    version: o.version,
    name: o.name,
    level: o.level,
    district: o.district,
    majorNames: majors.map((m) => m.name),
    majorCodes: majors.map((m) => m.code),
    /** Students per year of each major (same order as majorCodes; null when not given). */
    majorIntakes: majors.map((m) => m.annualIntake ?? null),
    industrySections: union(industries.map((i) => [i.section])),
    industryPrefixes: union(industries.map((i) => i.prefixes)),
    researchTitles: research.map((r) => r.title),
    trainingCapacity: o.trainingCapacity,
    description: o.description,
    tags: o.tags,
    createdAt: epoch(o.createdAt),
    terms: searchTerms(
      o.name,
      o.description,
      majors.map((m) => m.name).join(' '),
      research.map((r) => r.title).join(' '),
    ),
  };
}

export function offerDocument(o: OfferRecord, providerName: string) {
  const industries = o.industryCodes.map(industryFacets);
  return {
    id: o.id,
    version: o.version,
    kind: o.kind,
    providerType: o.providerType,
    providerId: o.organizationId ?? o.expertId,
    providerName,
    title: o.title,
    description: o.description,
    fields: o.fields,
    tags: o.tags,
    industryCodes: o.industryCodes,
    industryNames: industries.map((i) => i.name).filter(Boolean),
    industrySections: union(industries.map((i) => [i.section])),
    industryPrefixes: union(industries.map((i) => i.prefixes)),
    createdAt: epoch(o.createdAt),
    terms: searchTerms(o.title, o.description, o.fields.join(' '), o.tags.join(' ')),
  };
}

/**
 * A cooperation project's public parts: no figures, description or contacts. Built by the
 * programmes context through its SearchSource, since search cannot read projects.
 */
export interface ProjectDocument {
  id: string;
  version: number;
  kind: string;
  status: string;
  title: string;
  /** Enterprises, then colleges, then experts (public profiles only). */
  partnerNames: string[];
  partnerIds: string[];
  startDate: number | null;
  endDate: number | null;
  createdAt: number;
  terms: string;
}

/**
 * The documents of each index, as the builders above write them: the contract between the
 * indexer, search, matching and the benchmarks.
 */
export interface SearchDocuments {
  demands: ReturnType<typeof demandDocument>;
  experts: ReturnType<typeof expertDocument>;
  colleges: ReturnType<typeof collegeDocument>;
  enterprises: ReturnType<typeof enterpriseDocument>;
  offers: ReturnType<typeof offerDocument>;
  projects: ProjectDocument;
}

export type SearchDocument = SearchDocuments[keyof SearchDocuments];

/**
 * A document as read back from an index: one written by an older version may lack a field
 * added since (until the next reindex), so readers treat every field but the id as optional.
 */
export type StoredDocument<T extends keyof SearchDocuments> = { id: string } & Partial<
  SearchDocuments[T]
>;
