import { DomainError } from '@app/shared';
import type { CertificationDto } from './dto/teacher.dto';
import type { DualQualification } from './teacher.types';

export function certificationOf(
  input: CertificationDto | null | undefined,
): DualQualification | null {
  if (!input) return null;
  return {
    level: input.level,
    certifiedOn: input.certifiedOn,
    certifyingBody: input.certifyingBody,
    status: input.status,
  };
}

export function assertDatesInOrder(from: string, to: string, field: string): void {
  if (to < from) {
    throw DomainError.invalidField(field, 'DATES_OUT_OF_ORDER', `${field} is before the start`);
  }
}

export function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}
