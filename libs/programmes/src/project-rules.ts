import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { DomainError, type FieldError, flattenValidationErrors } from '@app/shared';
import { DETAILS_DTO } from './dto/project-details.dto';
import { PartnerType, ProjectKind, ProjectStatus } from './programme.types';
import type { PartnerRef } from './project-sides';
import type { Project } from './project.entity';

/** Where each status may go; stopping needs a reason. */
export const TRANSITIONS: Record<ProjectStatus, readonly ProjectStatus[]> = {
  [ProjectStatus.Planned]: [ProjectStatus.Running, ProjectStatus.Stopped],
  [ProjectStatus.Running]: [ProjectStatus.Completed, ProjectStatus.Stopped],
  [ProjectStatus.Completed]: [],
  [ProjectStatus.Stopped]: [],
};

export function unique(ids: readonly string[]): string[] {
  return [...new Set(ids)];
}

export function invalid(fieldErrors: FieldError[]): DomainError {
  return new DomainError(
    'invalid',
    'VALIDATION_FAILED',
    fieldErrors.map((e) => e.message).join('; '),
    fieldErrors,
  );
}

/** The kind's details DTO validates `details` (unknown fields refused), errors under `details.`. */
export async function validDetails(
  kind: ProjectKind,
  details: Record<string, unknown>,
): Promise<Record<string, unknown>> {
  const instance = plainToInstance(DETAILS_DTO[kind], details);
  const errors = await validate(instance, {
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
  });
  const problems = flattenValidationErrors(errors, 'details');
  if (kind === ProjectKind.TeacherPractice) {
    const from = details.from;
    const to = details.to;
    if (typeof from === 'string' && typeof to === 'string' && problems.length === 0 && to < from) {
      problems.push({
        field: 'details.to',
        code: 'DATES_OUT_OF_ORDER',
        message: 'to is before from',
      });
    }
  }
  if (problems.length > 0) throw invalid(problems);
  return { ...details };
}

export function assertDatesInOrder(
  start: string | undefined,
  end: string | undefined,
  field: string,
) {
  if (start && end && end < start) {
    throw DomainError.invalidField(field, 'DATES_OUT_OF_ORDER', `${field} is before the start`);
  }
}

/** The partners a kind needs (an order class: an enterprise and a college, …). */
export function assertPartnersFit(kind: ProjectKind, partners: readonly PartnerRef[]): void {
  const count = (t: PartnerType) => partners.filter((p) => p.type === t).length;
  const enterprises = count(PartnerType.Enterprise);
  const colleges = count(PartnerType.College);
  const experts = count(PartnerType.Expert);
  const fits: Record<ProjectKind, [boolean, string]> = {
    [ProjectKind.OrderClass]: [
      enterprises >= 1 && colleges >= 1,
      'an order class needs an enterprise and a college',
    ],
    [ProjectKind.IndustryCollege]: [
      colleges === 1 && enterprises >= 1,
      'an industry college has one college and one or more enterprises',
    ],
    [ProjectKind.RndProject]: [
      enterprises >= 1 && colleges + experts >= 1,
      'an R&D project needs an enterprise and a college or an expert',
    ],
    [ProjectKind.TeacherPractice]: [
      enterprises >= 1 && colleges >= 1,
      'teacher practice needs an enterprise and a college',
    ],
    [ProjectKind.PartTimeTeaching]: [
      colleges >= 1 && enterprises + experts >= 1,
      'part-time teaching needs a college and an enterprise or an expert',
    ],
    [ProjectKind.Competition]: [partners.length >= 1, 'a competition needs a partner'],
    [ProjectKind.Incubation]: [partners.length >= 1, 'an incubation needs a partner'],
  };
  const [ok, message] = fits[kind];
  if (!ok) throw DomainError.invalidField('partners', 'PARTNERS_DO_NOT_FIT', message);
}

export function payloadOf(project: Project, partners: readonly PartnerRef[]) {
  return {
    projectId: project.id,
    kind: project.kind,
    title: project.title,
    status: project.status,
    organizationIds: partners.flatMap((p) => (p.organizationId ? [p.organizationId] : [])),
    expertIds: partners.flatMap((p) => (p.expertId ? [p.expertId] : [])),
    connectionId: project.connectionId,
  };
}
