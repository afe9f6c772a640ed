import { Transform } from 'class-transformer';

export const trim = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.trim() : value;
export const upperTrim = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.trim().toUpperCase() : value;

/** Trims strings; lets the validators below decide whether the result is acceptable. */
export const Trim = () => Transform(trim);
