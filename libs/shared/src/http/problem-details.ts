import type { FieldError } from '../errors/domain-error';

/** RFC 9457 problem details, extended with a stable `code` and per-field `errors`. */
export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: string;
  instance?: string;
  /** The request's id (also the X-Request-Id header and in the logs): what support asks for. */
  requestId?: string;
  errors?: FieldError[];
}

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

export function problemType(code: string): string {
  return `https://chanjiao.dev/problems/${code.toLowerCase().replace(/_/g, '-')}`;
}
