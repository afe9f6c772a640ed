import { registerDecorator, type ValidationOptions } from 'class-validator';

// YYYY-MM-DD, optionally with a time of day (T or a space), fractions and a UTC offset.
const ISO_DATE =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-](\d{2}):?(\d{2}))?)?$/;

const daysIn = (year: number, month: number) =>
  month === 2
    ? year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)
      ? 29
      : 28
    : [4, 6, 9, 11].includes(month)
      ? 30
      : 31;

/**
 * An ISO 8601 calendar date (optionally with a time) that PostgreSQL reads as one: years
 * 0001–9999 and days that exist. Week dates (2026-W53), ordinal dates, a bare year, signed
 * years and 30 February are refused (class-validator's IsDateString let them reach the SQL).
 */
export function isIsoDate(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [year, month, day, hour, minute, second, offsetHour, offsetMinute] = match
    .slice(1)
    .map((part) => (part === undefined ? 0 : Number(part)));
  return (
    year >= 1 &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysIn(year, month) &&
    hour <= 23 &&
    minute <= 59 &&
    second <= 59 &&
    offsetHour <= 15 &&
    offsetMinute <= 59
  );
}

/** Validates with isIsoDate; the error code stays INVALID_DATE_STRING (IsDateString's). */
export function IsIsoDate(options?: ValidationOptions): PropertyDecorator {
  return (target: object, propertyName: string | symbol) =>
    registerDecorator({
      name: 'isDateString',
      target: target.constructor,
      propertyName: String(propertyName),
      options: {
        message: `${String(propertyName)} must be an ISO 8601 date (YYYY-MM-DD, optionally with a time)`,
        ...options,
      },
      validator: { validate: (value: unknown) => isIsoDate(value) },
    });
}
