import { yearOf } from './dates';
import { COLLEGE_SPECS, type CollegeSpec } from './college-specs';
import { seedMajor } from './majors';
import type { ResearchIdea } from './profile';
import { profileOf } from './profiles';
import { createRng, pad } from './prng';
import type { SeedCollege } from './types';

export function collegeKey(index: number): string {
  return `col-${pad(index + 1, 2)}`;
}

/** Round-robin over the college's industries, so its main industry comes first. */
function researchCandidates(spec: CollegeSpec): ResearchIdea[] {
  const lists = spec.profiles.map((id) => profileOf(id).results);
  const longest = Math.max(...lists.map((l) => l.length));
  const out: ResearchIdea[] = [];
  for (let i = 0; i < longest; i++) {
    for (const list of lists) if (i < list.length) out.push(list[i]);
  }
  return out;
}

/**
 * Graduates of a year: most of an intake (a few leave), once the first cohort has finished and
 * until the last one has; none yet for a major opened less than a programme's length ago.
 */
export function graduatesIn(
  year: number,
  annualIntake: number,
  major: { openedYear: number; closedYear?: number; years: number },
): number {
  const first = major.openedYear + major.years;
  const last = major.closedYear === undefined ? Infinity : major.closedYear - 1 + major.years;
  return year >= first && year <= last ? Math.round(annualIntake * 0.95) : 0;
}

export function buildColleges(today: string): SeedCollege[] {
  const rng = createRng('chanjiao:colleges');
  const usedResults = new Set<string>();
  return COLLEGE_SPECS.map((spec, index) => {
    const researchResults = researchCandidates(spec)
      .filter((idea) => !usedResults.has(idea.title))
      .slice(0, spec.researchCount)
      .map((idea) => {
        usedResults.add(idea.title);
        return { title: idea.title, year: yearOf(today) - rng.int(0, 4), summary: idea.summary };
      });
    return {
      key: collegeKey(index),
      name: spec.name,
      level: spec.level,
      district: spec.district,
      description: spec.description,
      tags: [...spec.tags],
      majors: spec.majors.map(([code, annualIntake, years]) => {
        const openedYear = years?.opened ?? spec.majorsSince;
        const closedYear = years?.closed;
        const programme = { openedYear, closedYear, years: spec.level === '本科' ? 4 : 3 };
        return {
          code,
          name: seedMajor(code).name,
          annualIntake,
          annualGraduates: graduatesIn(yearOf(today), annualIntake, programme),
          openedYear,
          ...(closedYear === undefined ? {} : { closedYear }),
        };
      }),
      trainingCapacity: spec.trainingCapacity,
      studentCount: spec.studentCount,
      researchResults,
      status: spec.status,
    };
  });
}
