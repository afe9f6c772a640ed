import { expect } from '@jest/globals';
import type { Response } from 'supertest';

/** Asserts a problem+json answer with this status and code; returns its body. */
export function expectProblem(res: Response, status: number, code: string) {
  expect({ status: res.status, code: res.body?.code }).toEqual({ status, code });
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(res.body).toMatchObject({
    status,
    code,
    type: expect.any(String),
    title: expect.any(String),
  });
  expect(JSON.stringify(res.body)).not.toMatch(/at .*\.(ts|js):\d+/);
  return res.body as {
    errors?: { field: string; code: string }[];
    detail: string;
    requestId?: string;
  };
}
