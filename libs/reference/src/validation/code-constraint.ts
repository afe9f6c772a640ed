import {
  registerDecorator,
  type ValidationArguments,
  type ValidationOptions,
} from 'class-validator';

/**
 * Builds a class-validator decorator for reference codes. The constraint name doubles as the API
 * error code (isUscc → INVALID_USCC), so it must stay stable once published.
 */
export function codeConstraint(
  name: string,
  isValid: (code: string) => boolean,
  describe: (property: string) => string,
): (options?: ValidationOptions) => PropertyDecorator {
  return (options) => (target, propertyName) => {
    registerDecorator({
      name,
      target: target.constructor,
      propertyName: String(propertyName),
      options,
      validator: {
        validate: (value: unknown) => typeof value === 'string' && isValid(value),
        defaultMessage: (args?: ValidationArguments) => describe(args?.property ?? 'value'),
      },
    });
  };
}
