import type { FieldError } from '../errors/domain-error';

/** RFC 9457 problem details, extended with a stable `code` and per-field `errors`. */
export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: string;
  instance?: string;
  errors?: FieldError[];
}

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

export function problemType(code: string): string {
  return `https://chanjiao.dev/problems/${code.toLowerCase().replace(/_/g, '-')}`;
}
