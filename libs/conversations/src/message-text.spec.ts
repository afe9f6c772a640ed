import { describe, expect, it } from '@jest/globals';
import { DomainError } from '@app/shared';
import { messageText } from './message-text';

const codeOf = (raw: unknown) => {
  try {
    messageText(raw);
    return null;
  } catch (error) {
    return error instanceof DomainError
      ? [error.code, error.fieldErrors[0]?.code].join('/')
      : String(error);
  }
};

describe('messageText', () => {
  it('trims, keeps line breaks and tabs, and normalises to NFC', () => {
    expect(messageText('  您好，\n\t附件是报价单。 ')).toBe('您好，\n\t附件是报价单。');
    expect(messageText('e\u0301')).toBe('\u00e9');
  });

  it('takes up to 4000 characters (counted as code points)', () => {
    expect(messageText('好'.repeat(4000))).toHaveLength(4000);
    expect(messageText('😀'.repeat(4000))).toHaveLength(8000);
    expect(codeOf('好'.repeat(4001))).toBe('VALIDATION_FAILED/MESSAGE_TOO_LONG');
  });

  it('refuses missing, blank and control-character text with stable codes', () => {
    expect(codeOf(undefined)).toBe('VALIDATION_FAILED/REQUIRED');
    expect(codeOf(42)).toBe('VALIDATION_FAILED/REQUIRED');
    expect(codeOf(' \n ')).toBe('VALIDATION_FAILED/EMPTY_MESSAGE');
    for (const bad of [
      'a\u0000b',
      'bell\u0007',
      'esc\u001b[2J',
      'del\u007f',
      'c1\u0085',
      '\ud800x',
    ]) {
      expect(codeOf(bad)).toBe('INVALID_CHARACTERS/INVALID_CHARACTERS');
    }
  });
});
