import type { NextFunction, Request, Response } from 'express';
import { DomainError } from '../errors/domain-error';
import { type InputLimits, type InputProblem, inspectInput } from './hostile-input';

/** A body of 256 kB cannot hold more; no DTO nests deeper than a few levels. */
export const DEFAULT_INPUT_LIMITS = { maxDepth: 32, maxKeys: 10_000 } as const;

const MESSAGES: Record<InputProblem['code'], string> = {
  INVALID_CHARACTERS: 'Contains a NUL character or an unpaired UTF-16 surrogate',
  JSON_TOO_DEEP: 'The JSON body is nested too deeply',
  JSON_TOO_MANY_KEYS: 'The JSON body has too many keys',
};

function toError(problem: InputProblem): DomainError {
  const message = MESSAGES[problem.code];
  return new DomainError('invalid', problem.code, message, [
    { field: problem.field, code: problem.code, message },
  ]);
}

/**
 * Express middleware, mounted right after the body parser: refuses hostile bodies and query
 * strings with 400 problem+json (through the global filter, no stack logged) before any pipe.
 */
export function refuseHostileInput(limits: Omit<InputLimits, 'normalize'> = DEFAULT_INPUT_LIMITS) {
  return (req: Request, _res: Response, next: NextFunction): void => {
    const problem =
      inspectInput(req.body, { ...limits, normalize: true }, 'body') ??
      inspectInput(req.query, { ...limits, normalize: false }, 'query');
    next(problem ? toError(problem) : undefined);
  };
}
