import { codeConstraint } from '../validation/code-constraint';
import { isKnownIndustryCode } from './industry-catalog';

/** The property is a known GB/T 4754-2017 code ('C', '30', '304', '3042' or 'C3042'). */
export const IsIndustryCode = codeConstraint(
  'isIndustryCode',
  isKnownIndustryCode,
  (property) => `${property} must be a known GB/T 4754-2017 industry code`,
);
