import { describe, expect, it } from '@jest/globals';
import { type ArgumentsHost, BadRequestException, NotFoundException } from '@nestjs/common';
import { DomainError } from '../errors/domain-error';
import { ProblemDetailsFilter } from './problem-details.filter';
import { RequestValidationException } from './validation-exception';

function run(exception: unknown, request: Record<string, unknown> = {}) {
  const sent: { status?: number; type?: string; body?: string; headers: Record<string, string> } = {
    headers: {},
  };
  const response = {
    status(code: number) {
      sent.status = code;
      return this;
    },
    type(value: string) {
      sent.type = value;
      return this;
    },
    send(body: string) {
      sent.body = body;
      return this;
    },
    setHeader(name: string, value: string) {
      sent.headers[name] = value;
    },
  };
  const host = {
    switchToHttp: () => ({
      getRequest: () => ({ originalUrl: '/api/v1/x', ...request }),
      getResponse: () => response,
    }),
  } as unknown as ArgumentsHost;
  new ProblemDetailsFilter().catch(exception, host);
  return { ...sent, problem: JSON.parse(sent.body ?? '{}') };
}

describe('ProblemDetailsFilter', () => {
  it('maps domain errors by kind and keeps their code', () => {
    const { status, type, problem } = run(DomainError.conflict('ORG_NOT_VERIFIED', 'not yet'));
    expect(status).toBe(409);
    expect(type).toBe('application/problem+json');
    expect(problem).toMatchObject({
      status: 409,
      code: 'ORG_NOT_VERIFIED',
      title: 'Conflict',
      instance: '/api/v1/x',
    });
  });

  it('sets Retry-After on rate limits', () => {
    const { headers } = run(new DomainError('rate_limited', 'TOO_MANY', 'slow down', [], 60));
    expect(headers['Retry-After']).toBe('60');
  });

  it('lists field errors of validation failures', () => {
    const { problem } = run(
      new RequestValidationException([
        { field: 'creditCode', code: 'INVALID_USCC', message: 'bad' },
      ]),
    );
    expect(problem).toMatchObject({
      status: 400,
      code: 'VALIDATION_FAILED',
      errors: [{ field: 'creditCode', code: 'INVALID_USCC' }],
    });
  });

  it('unwraps body-parser errors wrapped by the Express adapter', () => {
    const parse = Object.assign(new SyntaxError('Unexpected end'), {
      type: 'entity.parse.failed',
      status: 400,
    });
    expect(run(new BadRequestException('Unexpected end', { cause: parse })).problem.code).toBe(
      'MALFORMED_JSON',
    );
    const large = { type: 'entity.too.large', status: 413 };
    expect(run(large).problem).toMatchObject({ status: 413, code: 'PAYLOAD_TOO_LARGE' });
  });

  it('gives framework HTTP errors a code from their status', () => {
    expect(run(new NotFoundException('Cannot GET /nope')).problem).toMatchObject({
      status: 404,
      code: 'NOT_FOUND',
    });
  });

  it('hides the details of unexpected errors', () => {
    const { status, problem } = run(new Error('connection string postgres://secret'));
    expect(status).toBe(500);
    expect(problem.detail).toBe('An unexpected error occurred');
    expect(JSON.stringify(problem)).not.toContain('secret');
  });

  it('gives every problem the request id that the logs carry', () => {
    const { status, problem } = run(new Error('database is down'), { id: 'req-42' });
    expect(status).toBe(500);
    expect(problem).toMatchObject({ code: 'INTERNAL_ERROR', requestId: 'req-42' });
    expect(run(DomainError.notFound('Offer'), { id: 'req-43' }).problem.requestId).toBe('req-43');
  });
});
