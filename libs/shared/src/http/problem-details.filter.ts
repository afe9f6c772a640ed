import {
  ArgumentsHost,
  Catch,
  type ExceptionFilter,
  HttpException,
  HttpStatus,
  Logger,
} from '@nestjs/common';
import { STATUS_CODES } from 'node:http';
import type { Request, Response } from 'express';
import { DomainError, type DomainErrorKind } from '../errors/domain-error';
import { PROBLEM_CONTENT_TYPE, type ProblemDetails, problemType } from './problem-details';
import { RequestValidationException } from './validation-exception';

const STATUS_BY_KIND: Record<DomainErrorKind, number> = {
  invalid: HttpStatus.BAD_REQUEST,
  unauthenticated: HttpStatus.UNAUTHORIZED,
  forbidden: HttpStatus.FORBIDDEN,
  not_found: HttpStatus.NOT_FOUND,
  conflict: HttpStatus.CONFLICT,
  rate_limited: HttpStatus.TOO_MANY_REQUESTS,
  too_large: HttpStatus.PAYLOAD_TOO_LARGE,
  unsupported_media_type: HttpStatus.UNSUPPORTED_MEDIA_TYPE,
  unavailable: HttpStatus.SERVICE_UNAVAILABLE,
};

const CODE_BY_STATUS: Record<number, string> = {
  400: 'BAD_REQUEST',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  405: 'METHOD_NOT_ALLOWED',
  409: 'CONFLICT',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  429: 'TOO_MANY_REQUESTS',
  500: 'INTERNAL_ERROR',
  503: 'SERVICE_UNAVAILABLE',
};

/** Errors thrown by Express's body parser before any route runs. */
interface BodyParserError {
  type: string;
  status?: number;
  statusCode?: number;
}

function isBodyParserError(e: unknown): e is BodyParserError {
  return typeof e === 'object' && e !== null && typeof (e as BodyParserError).type === 'string';
}

/** Turns every error into `application/problem+json`; never leaks a stack trace. */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('ProblemDetails');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<Request>();
    const response = http.getResponse<Response>();
    const problem = this.toProblem(exception);
    problem.instance = request.originalUrl ?? request.url;
    // pino-http gives every request an id (LoggingModule).
    const requestId = (request as Request & { id?: unknown }).id;
    if (typeof requestId === 'string') problem.requestId = requestId;
    if (problem.status >= 500) {
      const detail = exception instanceof Error ? exception.stack : String(exception);
      this.logger.error(`request ${problem.requestId ?? '-'}: ${detail}`);
    }
    if (exception instanceof DomainError && exception.retryAfterSeconds) {
      response.setHeader('Retry-After', String(exception.retryAfterSeconds));
    }
    response.status(problem.status).type(PROBLEM_CONTENT_TYPE).send(JSON.stringify(problem));
  }

  private toProblem(exception: unknown): ProblemDetails {
    if (exception instanceof DomainError) {
      const status = STATUS_BY_KIND[exception.kind];
      return this.problem(status, exception.code, exception.message, exception.fieldErrors);
    }
    if (exception instanceof RequestValidationException) {
      return this.problem(400, 'VALIDATION_FAILED', exception.message, exception.fieldErrors);
    }
    if (exception instanceof HttpException && isBodyParserError(exception.cause)) {
      // Nest's Express adapter wraps body-parser errors; the original says what went wrong.
      return this.fromBodyParser(exception.cause);
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const body = exception.getResponse();
      const detail =
        typeof body === 'object' && body !== null && 'message' in body
          ? [body.message].flat().join('; ')
          : exception.message;
      const code =
        typeof body === 'object' && body !== null && 'code' in body && typeof body.code === 'string'
          ? body.code
          : (CODE_BY_STATUS[status] ?? `HTTP_${status}`);
      return this.problem(status, code, detail);
    }
    if (isBodyParserError(exception)) {
      return this.fromBodyParser(exception);
    }
    return this.problem(500, 'INTERNAL_ERROR', 'An unexpected error occurred');
  }

  private fromBodyParser(error: BodyParserError): ProblemDetails {
    switch (error.type) {
      case 'entity.parse.failed':
        return this.problem(400, 'MALFORMED_JSON', 'The request body is not valid JSON');
      case 'entity.too.large':
        return this.problem(413, 'PAYLOAD_TOO_LARGE', 'The request body is too large');
      case 'encoding.unsupported':
      case 'charset.unsupported':
        return this.problem(415, 'UNSUPPORTED_MEDIA_TYPE', 'The body encoding is not supported');
      default: {
        const status = error.status ?? error.statusCode ?? 400;
        return this.problem(status, CODE_BY_STATUS[status] ?? 'BAD_REQUEST', 'Bad request body');
      }
    }
  }

  private problem(
    status: number,
    code: string,
    detail: string,
    errors?: ProblemDetails['errors'],
  ): ProblemDetails {
    return {
      type: problemType(code),
      title: STATUS_CODES[status] ?? 'Error',
      status,
      detail,
      code,
      ...(errors && errors.length > 0 ? { errors } : {}),
    };
  }
}
