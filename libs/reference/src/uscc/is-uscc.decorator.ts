import { codeConstraint } from '../validation/code-constraint';
import { isValidUscc } from './uscc';

/** The property is a unified social credit code (case-insensitive; store `normalizeUscc(value)`). */
export const IsUscc = codeConstraint(
  'isUscc',
  isValidUscc,
  (property) => `${property} is not a valid 18-character unified social credit code`,
);
