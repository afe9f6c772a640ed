import type { FieldError } from '@app/shared';
import { ProjectKind } from './programme.types';

/** The figures an outcome of each kind carries; `required` must be present. */
export const OUTCOME_FIGURES: Record<
  ProjectKind,
  { required: readonly string[]; optional: readonly string[] }
> = {
  [ProjectKind.OrderClass]: {
    required: ['enrolled', 'graduated', 'hiredByEnterprise'],
    // internsHosted: students of the cohort placed with the enterprise for internships (跟岗/顶岗实习).
    optional: ['retainedAfterOneYear', 'inKeyPosts', 'startingSalary', 'internsHosted'],
  },
  [ProjectKind.IndustryCollege]: {
    required: ['graduates', 'employed', 'employedInChain'],
    optional: ['averageStartingSalary', 'internsHosted'],
  },
  [ProjectKind.RndProject]: { required: [], optional: ['costSaving', 'revenue'] },
  [ProjectKind.TeacherPractice]: { required: ['daysConfirmed'], optional: [] },
  [ProjectKind.PartTimeTeaching]: { required: ['hoursTaught'], optional: ['students'] },
  [ProjectKind.Competition]: { required: ['participants'], optional: ['awards'] },
  [ProjectKind.Incubation]: { required: [], optional: ['jobsCreated', 'loans', 'subsidies'] },
};

/** `a` must not exceed `b` (both figures of the same outcome). */
const AT_MOST: Record<ProjectKind, readonly (readonly [string, string])[]> = {
  [ProjectKind.OrderClass]: [
    ['graduated', 'enrolled'],
    ['hiredByEnterprise', 'graduated'],
    ['retainedAfterOneYear', 'hiredByEnterprise'],
    ['inKeyPosts', 'hiredByEnterprise'],
    ['internsHosted', 'enrolled'],
  ],
  [ProjectKind.IndustryCollege]: [
    ['employed', 'graduates'],
    ['employedInChain', 'employed'],
  ],
  [ProjectKind.RndProject]: [],
  [ProjectKind.TeacherPractice]: [],
  [ProjectKind.PartTimeTeaching]: [],
  [ProjectKind.Competition]: [['awards', 'participants']],
  [ProjectKind.Incubation]: [],
};

const MAX_FIGURE = 100_000_000_000;

function fieldError(name: string, code: string, message: string): FieldError {
  return { field: `figures.${name}`, code, message };
}

/**
 * Whether an outcome's figures are well formed and consistent: known names, the kind's required
 * ones present, non-negative integers (yuan for money), and no part larger than its whole
 * (hired ≤ graduated, in key posts ≤ hired, employed in the chain ≤ employed ≤ graduates…).
 * R&D and incubation outcomes need at least one figure. Returns one error per problem.
 */
export function outcomeProblems(kind: ProjectKind, figures: Record<string, unknown>): FieldError[] {
  const spec = OUTCOME_FIGURES[kind];
  const known = new Set([...spec.required, ...spec.optional]);
  const errors: FieldError[] = [];
  for (const [name, value] of Object.entries(figures)) {
    if (!known.has(name)) {
      errors.push(
        fieldError(name, 'UNKNOWN_FIELD', `${name} is not a figure of a ${kind} outcome`),
      );
    } else if (typeof value !== 'number' || !Number.isInteger(value)) {
      errors.push(fieldError(name, 'INVALID_INT', `${name} must be an integer`));
    } else if (value < 0) {
      errors.push(fieldError(name, 'NEGATIVE', `${name} must not be negative`));
    } else if (value > MAX_FIGURE) {
      errors.push(fieldError(name, 'INVALID_MAX', `${name} is too large`));
    }
  }
  for (const name of spec.required) {
    if (figures[name] === undefined || figures[name] === null) {
      errors.push(fieldError(name, 'REQUIRED', `${name} is required`));
    }
  }
  if (spec.required.length === 0 && Object.keys(figures).length === 0) {
    errors.push({
      field: 'figures',
      code: 'REQUIRED',
      message: `At least one of ${spec.optional.join(', ')} is required`,
    });
  }
  if (errors.length > 0) return errors;
  for (const [part, whole] of AT_MOST[kind]) {
    const a = figures[part];
    const b = figures[whole];
    if (typeof a === 'number' && typeof b === 'number' && a > b) {
      errors.push(
        fieldError(part, 'EXCEEDS_' + snake(whole), `${part} (${a}) exceeds ${whole} (${b})`),
      );
    }
  }
  return errors;
}

/** `hiredByEnterprise` → `HIRED_BY_ENTERPRISE`. */
function snake(name: string): string {
  return name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase();
}
