import { type ValidationArguments, ValidateBy, type ValidationOptions } from 'class-validator';

/** The first year a major may be given: before it, a year is a typing error. */
export const FIRST_MAJOR_YEAR = 1950;

/**
 * A year no later than next year, read when validating (a process running over New Year still
 * accepts the year after). Named `max` so its error code is @Max's, INVALID_MAX.
 */
export function IsNotAfterNextYear(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'max',
      validator: {
        validate: (value: unknown) =>
          typeof value === 'number' && value <= new Date().getUTCFullYear() + 1,
        defaultMessage: (args?: ValidationArguments) =>
          `${args?.property} must not be later than next year`,
      },
    },
    options,
  );
}

/** A closing year not before the opening year (400 YEARS_OUT_OF_ORDER on the closing year). */
export function IsNotBeforeOpening(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'yearsInOrder',
      validator: {
        validate: (value: unknown, args?: ValidationArguments) => {
          const opened = (args?.object as { openedYear?: unknown }).openedYear;
          return typeof value !== 'number' || typeof opened !== 'number' || value >= opened;
        },
        defaultMessage: (args?: ValidationArguments) =>
          `${args?.property} must not be before openedYear`,
      },
    },
    options,
  );
}
