import {
  BadRequestException,
  type CallHandler,
  type ExecutionContext,
  HttpException,
  Injectable,
  type NestInterceptor,
  PayloadTooLargeException,
} from '@nestjs/common';
import type { MulterModuleOptions } from '@nestjs/platform-express';
import { catchError, type Observable, throwError } from 'rxjs';
import { DomainError } from '@app/shared';
import { MAX_ATTACHMENT_BYTES, MAX_ATTACHMENTS } from '../conversation.types';

/** The multipart field that carries the files. */
export const FILES_FIELD = 'files';

/**
 * Memory storage (no `dest`): at most 5 files of 10 MB are held while the content is checked,
 * so nothing unchecked touches the attachment store. The text field is bounded too.
 */
export const UPLOAD_OPTIONS: MulterModuleOptions = {
  limits: {
    fileSize: MAX_ATTACHMENT_BYTES,
    files: MAX_ATTACHMENTS,
    fields: 4,
    // 4,000 characters of up to 4 UTF-8 bytes each.
    fieldSize: 16 * 1024,
    parts: MAX_ATTACHMENTS + 4,
  },
  // Browsers send UTF-8 file names (现场照片.png); busboy would read them as latin1.
  defParamCharset: 'utf8',
};

const causeCode = (error: HttpException): string | undefined => {
  const cause = (error as { cause?: unknown }).cause;
  return typeof cause === 'object' && cause !== null && 'code' in cause
    ? String((cause as { code: unknown }).code)
    : undefined;
};

/**
 * Multer's limits as problem+json with stable codes (bind it outside the FilesInterceptor):
 * a file over 10 MB → 413 ATTACHMENT_TOO_LARGE, a sixth file → 400 TOO_MANY_ATTACHMENTS, other
 * malformed multipart bodies → 400 INVALID_UPLOAD.
 */
@Injectable()
export class UploadLimitsInterceptor implements NestInterceptor {
  intercept(_context: ExecutionContext, next: CallHandler): Observable<unknown> {
    return next.handle().pipe(catchError((error: unknown) => throwError(() => translate(error))));
  }
}

function translate(error: unknown): unknown {
  if (error instanceof PayloadTooLargeException) {
    return DomainError.tooLarge(
      'ATTACHMENT_TOO_LARGE',
      `An attachment is larger than ${MAX_ATTACHMENT_BYTES / 1024 / 1024} MB`,
    );
  }
  if (error instanceof BadRequestException) {
    switch (causeCode(error)) {
      case 'LIMIT_FILE_COUNT':
        return DomainError.invalidField(
          FILES_FIELD,
          'TOO_MANY_ATTACHMENTS',
          `At most ${MAX_ATTACHMENTS} attachments per message`,
        );
      case 'LIMIT_FIELD_VALUE':
        return DomainError.invalidField('body', 'MESSAGE_TOO_LONG', 'body is too long');
      case undefined:
        return error;
      default:
        return new DomainError('invalid', 'INVALID_UPLOAD', error.message);
    }
  }
  return error;
}
