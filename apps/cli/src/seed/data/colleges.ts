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
      majors: spec.majors.map(([code, annualIntake]) => ({
        code,
        name: seedMajor(code).name,
        annualIntake,
      })),
      trainingCapacity: spec.trainingCapacity,
      studentCount: spec.studentCount,
      researchResults,
      status: spec.status,
    };
  });
}
