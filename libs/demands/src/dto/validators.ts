import { type ValidationArguments, ValidateBy, type ValidationOptions } from 'class-validator';

/** The value must not be less than the sibling property (dates as ISO strings, or numbers). */
export function IsNotBefore(sibling: string, options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isNotBefore',
      constraints: [sibling],
      validator: {
        validate: (value: unknown, args?: ValidationArguments) => {
          const other = (args?.object as Record<string, unknown>)[sibling];
          if (other === undefined || other === null || value === undefined || value === null)
            return true;
          return (
            typeof value === typeof other &&
            (value as number | string) >= (other as number | string)
          );
        },
        defaultMessage: (args?: ValidationArguments) =>
          `${args?.property} must not be less than ${sibling}`,
      },
    },
    options,
  );
}

/** The property is only allowed when the object's `kind` is `kind`. */
export function AllowedForKind(kind: string, options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'allowedForKind',
      constraints: [kind],
      validator: {
        validate: (_value: unknown, args?: ValidationArguments) =>
          (args?.object as { kind?: unknown }).kind === kind,
        defaultMessage: (args?: ValidationArguments) =>
          `${args?.property} is only allowed when kind is ${kind}`,
      },
    },
    options,
  );
}
