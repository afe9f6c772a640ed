import { codeConstraint } from '../validation/code-constraint';
import { isKnownDistrictCode } from './district-catalog';

/** The property is a district of the platform's city (GB/T 2260 code or functional-zone code). */
export const IsDistrictCode = codeConstraint(
  'isDistrictCode',
  isKnownDistrictCode,
  (property) => `${property} must be a known district code`,
);
