import { describe, expect, it } from '@jest/globals';
import { MeilisearchHttpError } from './keep-alive-http-client';
import { meiliErrorCode } from './meili-error-code';

describe('meiliErrorCode', () => {
  it('reads the code of an API error and of a transport error the client wrapped', () => {
    const api = new MeilisearchHttpError(404, { code: 'document_not_found' });
    expect(meiliErrorCode(api)).toBe('document_not_found');
    const wrapped = new Error('Request to /indexes/x/documents/1 has failed', { cause: api });
    expect(meiliErrorCode(wrapped)).toBe('document_not_found');
  });

  it('ignores network error codes and anything without a code', () => {
    const network = Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' });
    expect(meiliErrorCode(new Error('failed', { cause: network }))).toBeUndefined();
    expect(meiliErrorCode(new Error('plain'))).toBeUndefined();
    expect(meiliErrorCode(undefined)).toBeUndefined();
  });
});
