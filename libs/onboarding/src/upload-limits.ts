import {
  type CallHandler,
  type ExecutionContext,
  Injectable,
  type NestInterceptor,
  PayloadTooLargeException,
} from '@nestjs/common';
import type { MulterModuleOptions } from '@nestjs/platform-express';
import { catchError, type Observable, throwError } from 'rxjs';
import { MAX_FILE_BYTES } from './import-types';

/** Memory storage (no `dest`): the file is parsed from `file.buffer` and never touches disk. */
export const UPLOAD_OPTIONS: MulterModuleOptions = {
  limits: { fileSize: MAX_FILE_BYTES, files: 1, fields: 5, fieldSize: 1024 },
  // Browsers send UTF-8 file names (企业名单.csv); busboy would read them as latin1.
  defParamCharset: 'utf8',
};

/**
 * Nest turns multer's LIMIT_FILE_SIZE into a bare 413 "File too large"; this gives it a stable
 * code and says what the limit is. Bind it outside the FileInterceptor.
 */
@Injectable()
export class FileTooLargeInterceptor implements NestInterceptor {
  intercept(_context: ExecutionContext, next: CallHandler): Observable<unknown> {
    return next.handle().pipe(
      catchError((error: unknown) =>
        throwError(() =>
          error instanceof PayloadTooLargeException
            ? new PayloadTooLargeException({
                code: 'FILE_TOO_LARGE',
                message: `The file is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB`,
              })
            : error,
        ),
      ),
    );
  }
}
