import type { Request } from 'express';
import { readCookie } from './cookie';

const req = (cookie?: string) => ({ headers: { cookie } }) as unknown as Request;

describe('readCookie', () => {
  it('reads the named cookie among others and decodes it', () => {
    expect(readCookie(req('a=1; chanjiao_refresh=x%2Ey.z; b=2'), 'chanjiao_refresh')).toBe('x.y.z');
  });
  it('keeps "=" inside the value', () => {
    expect(readCookie(req('t=ab==; u=1'), 't')).toBe('ab==');
  });
  it('answers undefined when absent, without a header, or badly encoded', () => {
    expect(readCookie(req('a=1'), 'b')).toBeUndefined();
    expect(readCookie(req(undefined), 'b')).toBeUndefined();
    expect(readCookie(req('b=%E0%A4%A'), 'b')).toBeUndefined();
  });
});
