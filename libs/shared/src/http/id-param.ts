import { Param, ParseUUIDPipe } from '@nestjs/common';
import { DomainError } from '../errors/domain-error';

/** A UUID route parameter; anything else is a 400 with code INVALID_ID (not a 500 or a 404). */
export const IdParam = (name = 'id') =>
  Param(
    name,
    new ParseUUIDPipe({
      exceptionFactory: () =>
        new DomainError('invalid', 'INVALID_ID', `${name} must be a UUID`, [
          { field: name, code: 'INVALID_ID', message: `${name} must be a UUID` },
        ]),
    }),
  );
