import { describe, expect, it } from '@jest/globals';
import { contentDisposition } from './attachments.service';

describe('contentDisposition', () => {
  it('gives an ASCII fallback and the UTF-8 name (RFC 5987)', () => {
    expect(contentDisposition('现场照片.png')).toBe(
      `attachment; filename="____.png"; filename*=UTF-8''%E7%8E%B0%E5%9C%BA%E7%85%A7%E7%89%87.png`,
    );
    expect(contentDisposition('plan (v2).pdf')).toBe(
      `attachment; filename="plan (v2).pdf"; filename*=UTF-8''plan%20%28v2%29.pdf`,
    );
  });

  it('lets no quote, backslash or line break out of the header', () => {
    const header = contentDisposition('a"b\\c\r\nSet-Cookie: x.pdf');
    expect(header).not.toMatch(/[\r\n]/);
    expect(header.split('"').length).toBe(3);
  });
});
