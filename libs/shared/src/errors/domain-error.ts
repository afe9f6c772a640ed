/**
 * What kind of failure a domain error is. The HTTP edge maps kinds to status codes, so
 * domain code, workers and CLIs never depend on HTTP.
 */
export type DomainErrorKind =
  | 'invalid'
  | 'unauthenticated'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'rate_limited'
  | 'too_large'
  | 'unsupported_media_type'
  | 'unavailable';

export interface FieldError {
  field: string;
  code: string;
  message: string;
}

/** A failure users can act on, with a stable machine-readable code (e.g. ORG_NOT_VERIFIED). */
export class DomainError extends Error {
  constructor(
    readonly kind: DomainErrorKind,
    readonly code: string,
    message: string,
    readonly fieldErrors: FieldError[] = [],
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = 'DomainError';
  }

  static notFound(what: string, code = 'NOT_FOUND'): DomainError {
    return new DomainError('not_found', code, `${what} was not found`);
  }

  static forbidden(message: string, code = 'FORBIDDEN'): DomainError {
    return new DomainError('forbidden', code, message);
  }

  static conflict(code: string, message: string): DomainError {
    return new DomainError('conflict', code, message);
  }

  /** A body or file over a size limit (HTTP 413). */
  static tooLarge(code: string, message: string): DomainError {
    return new DomainError('too_large', code, message);
  }

  /** Content of a kind the platform does not take (HTTP 415). */
  static unsupportedMedia(code: string, message: string): DomainError {
    return new DomainError('unsupported_media_type', code, message);
  }

  static invalidField(field: string, code: string, message: string): DomainError {
    return new DomainError('invalid', 'VALIDATION_FAILED', message, [{ field, code, message }]);
  }
}
