import { Transform } from 'class-transformer';
import { codeConstraint } from '../validation/code-constraint';
import { isKnownIndustryCode, normalizeIndustryCode } from './industry-catalog';

/** The property is a known GB/T 4754-2017 code ('C', '30', '304', '3042' or 'C3042'). */
export const IsIndustryCode = codeConstraint(
  'isIndustryCode',
  isKnownIndustryCode,
  (property) => `${property} must be a known GB/T 4754-2017 industry code`,
);

/**
 * Stores industry codes in canonical form ('c3042', ' C3042 ' → '3042'), one code or a list,
 * so that filters by prefix find them. Put it beside `@IsIndustryCode()` on request bodies.
 */
export const NormalizeIndustryCode = (): PropertyDecorator =>
  Transform(({ value }: { value: unknown }) => {
    const normalize = (v: unknown) => (typeof v === 'string' ? normalizeIndustryCode(v) : v);
    return Array.isArray(value) ? value.map(normalize) : normalize(value);
  });
