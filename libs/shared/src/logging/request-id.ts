import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

const SANE_REQUEST_ID = /^[\w-]{1,64}$/;

export type RequestWithId = IncomingMessage & { id?: string };

/**
 * Gives every request an id before anything else runs, taken from `X-Request-Id` when the caller
 * sends a sane one, and echoes it back. Request logs (when on) and problem details carry it.
 */
export function assignRequestId() {
  return (req: RequestWithId, res: ServerResponse, next: () => void): void => {
    const given = req.headers['x-request-id'];
    const id = typeof given === 'string' && SANE_REQUEST_ID.test(given) ? given : randomUUID();
    req.id = id;
    res.setHeader('X-Request-Id', id);
    next();
  };
}
