import { ValidateBy, type ValidationArguments } from 'class-validator';

/**
 * Secrets published in .env.example (and so in every clone of the repository). Anyone can sign
 * tokens with them, so production refuses to start with one of them, or with any value still
 * saying "change me".
 */
export const PUBLISHED_EXAMPLE_SECRETS: readonly string[] = [
  'dev-only-jwt-secret-CHANGE-ME-0123456789abcdefgh',
  'chanjiao-dev-master-key-change-me',
];

const PLACEHOLDER = /change[\s_-]?me/i;

export function isExampleSecret(value: unknown): boolean {
  return (
    typeof value === 'string' &&
    (PUBLISHED_EXAMPLE_SECRETS.includes(value) || PLACEHOLDER.test(value))
  );
}

/** Fails in production when the value is a published example (other environments may use it). */
export function NotAnExampleSecretInProduction(): PropertyDecorator {
  return ValidateBy({
    name: 'notAnExampleSecretInProduction',
    validator: {
      validate: (value: unknown, args?: ValidationArguments) =>
        (args?.object as { NODE_ENV?: string } | undefined)?.NODE_ENV !== 'production' ||
        !isExampleSecret(value),
      defaultMessage: (args?: ValidationArguments) =>
        `${args?.property ?? 'the secret'} is a published example value (see .env.example): set a secret of your own in production`,
    },
  });
}
