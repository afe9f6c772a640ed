import { DomainError } from '@app/shared';
import { MESSAGE_MAX_LENGTH } from './conversation.types';

// NUL and the other C0 controls except tab, line feed and carriage return; DEL and C1 controls;
// lone UTF-16 surrogates (PostgreSQL refuses them), as the hostile-input middleware does for JSON.
const FORBIDDEN =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/**
 * A message's text, checked the same whether it came as JSON or as a multipart field (which the
 * hostile-input middleware never sees): NFC, trimmed, 1–4,000 characters, no control characters.
 */
export function messageText(raw: unknown, field = 'body'): string {
  if (typeof raw !== 'string') {
    throw DomainError.invalidField(
      field,
      'REQUIRED',
      `${field} must be a text of 1 to 4000 characters`,
    );
  }
  if (FORBIDDEN.test(raw)) {
    const message = 'Contains a NUL or other control character, or an unpaired UTF-16 surrogate';
    throw new DomainError('invalid', 'INVALID_CHARACTERS', message, [
      { field, code: 'INVALID_CHARACTERS', message },
    ]);
  }
  const text = raw.normalize('NFC').trim();
  if (text.length === 0) {
    throw DomainError.invalidField(field, 'EMPTY_MESSAGE', `${field} must not be empty`);
  }
  if ([...text].length > MESSAGE_MAX_LENGTH) {
    throw DomainError.invalidField(
      field,
      'MESSAGE_TOO_LONG',
      `${field} must be at most ${MESSAGE_MAX_LENGTH} characters`,
    );
  }
  return text;
}
