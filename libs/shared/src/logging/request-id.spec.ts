import { describe, expect, it } from '@jest/globals';
import type { ServerResponse } from 'node:http';
import { assignRequestId, type RequestWithId } from './request-id';

function run(header?: string) {
  const req = { headers: header === undefined ? {} : { 'x-request-id': header } } as RequestWithId;
  const headers: Record<string, string> = {};
  const res = {
    setHeader: (k: string, v: string) => (headers[k] = v),
  } as unknown as ServerResponse;
  let called = false;
  assignRequestId()(req, res, () => (called = true));
  return { id: req.id, echoed: headers['X-Request-Id'], called };
}

describe('assignRequestId', () => {
  it('keeps a sane caller id and echoes it', () => {
    expect(run('abc-123_x')).toEqual({ id: 'abc-123_x', echoed: 'abc-123_x', called: true });
  });

  it('replaces a missing or hostile id with a fresh uuid', () => {
    for (const header of [undefined, '', 'a b', '<script>', 'x'.repeat(65)]) {
      const { id, echoed } = run(header);
      expect(id).toMatch(/^[0-9a-f-]{36}$/);
      expect(echoed).toBe(id);
    }
  });
});
