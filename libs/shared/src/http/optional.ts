import { ValidateIf } from 'class-validator';

/**
 * The property may be left out, but `null` is a value and is validated like any other (so it
 * is a 400, not a NOT NULL violation). class-validator's own `IsOptional` lets null through.
 */
export const Optional = (): PropertyDecorator =>
  ValidateIf((_object, value) => value !== undefined);
