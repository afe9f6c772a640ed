import type { NextFunction, Request, Response } from 'express';
import { DomainError } from '@app/shared';

/**
 * Answers of a request that carries credentials (or of the auth endpoints, which hand out
 * tokens) must not be stored by any cache. Enforced at write time, so a route's own
 * Cache-Control (the reference lists cache for an hour) cannot undo it.
 */
export function noStoreForCredentials(authPrefix: string) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const private_ =
      req.headers.authorization !== undefined ||
      req.headers.cookie !== undefined ||
      req.path.startsWith(authPrefix);
    if (private_) {
      const writeHead = res.writeHead;
      res.writeHead = function (this: Response, ...args: unknown[]) {
        this.setHeader('Cache-Control', 'no-store');
        return Reflect.apply(writeHead, this, args) as Response;
      } as Response['writeHead'];
    }
    next();
  };
}

/**
 * Nest answers unknown paths under the global prefix with problem+json, but Express answers
 * every other path with an HTML page: refuse them here, before routing, unless `owned` serves
 * them (the API, its docs, the queue dashboard).
 */
export function notFoundOutside(owned: readonly string[]) {
  const isOwned = (path: string) =>
    owned.some((prefix) => path === prefix || path.startsWith(`${prefix}/`));
  return (req: Request, _res: Response, next: NextFunction): void => {
    if (isOwned(req.path)) return next();
    next(DomainError.notFound(`${req.method} ${req.path}`));
  };
}
