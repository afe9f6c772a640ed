import { BadRequestException, type ValidationError } from '@nestjs/common';
import type { FieldError } from '../errors/domain-error';

/** Thrown by the global ValidationPipe; carries one entry per failed constraint. */
export class RequestValidationException extends BadRequestException {
  constructor(readonly fieldErrors: FieldError[]) {
    super('The request has invalid fields');
  }
}

const CONSTRAINT_CODES: Record<string, string> = {
  whitelistValidation: 'UNKNOWN_FIELD',
  isDefined: 'REQUIRED',
  isNotEmpty: 'REQUIRED',
  isNotCommonPassword: 'PASSWORD_TOO_COMMON',
  yearsInOrder: 'YEARS_OUT_OF_ORDER',
};

export function flattenValidationErrors(errors: ValidationError[], prefix = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.entries(error.constraints ?? {}).map(([constraint, message]) => ({
      field,
      code: CONSTRAINT_CODES[constraint] ?? constraintCode(constraint),
      message,
    }));
    return [...own, ...flattenValidationErrors(error.children ?? [], field)];
  });
}

/** `isUscc` → `INVALID_USCC`, `maxLength` → `INVALID_MAX_LENGTH`. */
function constraintCode(constraint: string): string {
  const snake = constraint.replace(/^is/, '').replace(/([a-z0-9])([A-Z])/g, '$1_$2');
  return `INVALID_${snake.toUpperCase()}`;
}

export function validationExceptionFactory(errors: ValidationError[]): RequestValidationException {
  return new RequestValidationException(flattenValidationErrors(errors));
}
