import { DomainError, type FieldError } from '@app/shared';

/** Upload problems the admin fixes in the file itself: all 400s, never a 500. */
export type UploadErrorCode =
  | 'FILE_REQUIRED'
  | 'UNSUPPORTED_FILE_TYPE'
  | 'UNREADABLE_FILE'
  | 'EMPTY_FILE'
  | 'MISSING_COLUMNS'
  | 'TOO_MANY_ROWS';

export function uploadError(
  code: UploadErrorCode,
  message: string,
  fieldErrors: FieldError[] = [],
): DomainError {
  return new DomainError('invalid', code, message, fieldErrors);
}

export const ImportErrors = {
  notFound: () => DomainError.notFound('Import', 'IMPORT_NOT_FOUND'),
  alreadyCommitted: () =>
    DomainError.conflict('IMPORT_ALREADY_COMMITTED', 'This import has already been committed'),
  expired: () =>
    DomainError.conflict('IMPORT_EXPIRED', 'This import has expired: upload the file again'),
  empty: () => DomainError.conflict('IMPORT_EMPTY', 'This import has no valid rows to commit'),
  conflict: (fieldErrors: FieldError[]) =>
    new DomainError(
      'conflict',
      'IMPORT_CONFLICT',
      'Some rows conflict with records created since the dry run; nothing was imported',
      fieldErrors,
    ),
};
