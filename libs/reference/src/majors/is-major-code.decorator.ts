import { codeConstraint } from '../validation/code-constraint';
import { isKnownMajorCode } from './major-catalog';

/** The property is a 6-digit code of the 2021 vocational major catalogue ('460305'). */
export const IsMajorCode = codeConstraint(
  'isMajorCode',
  isKnownMajorCode,
  (property) => `${property} must be a known major code of the vocational catalogue`,
);
