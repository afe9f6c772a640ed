import { describe, expect, it } from '@jest/globals';
import {
  docxBytes,
  jpegBytes,
  pdfBytes,
  pngBytes,
  storedZip,
  xlsxBytes,
} from '../../../../test/support/files';
import { DomainError } from '@app/shared';
import { checkAttachment, sniffAttachmentType, zipEntryNames } from './content-sniffer';

function refusal(fileName: string, bytes: Uint8Array): { kind: string; code: string } {
  try {
    checkAttachment(fileName, bytes);
  } catch (error) {
    if (error instanceof DomainError) return { kind: error.kind, code: error.code };
    throw error;
  }
  throw new Error(`${fileName} was accepted`);
}

describe('attachment content sniffer', () => {
  it('knows each accepted type by its bytes', async () => {
    expect(sniffAttachmentType(pdfBytes())).toBe('pdf');
    expect(sniffAttachmentType(pngBytes())).toBe('png');
    expect(sniffAttachmentType(jpegBytes())).toBe('jpeg');
    expect(sniffAttachmentType(docxBytes())).toBe('docx');
    expect(sniffAttachmentType(await xlsxBytes())).toBe('xlsx');
  });

  it('reads the entry names of a real workbook from its central directory', async () => {
    const names = zipEntryNames(await xlsxBytes());
    expect(names).toEqual(expect.arrayContaining(['[Content_Types].xml', 'xl/workbook.xml']));
    expect(zipEntryNames(Buffer.from('PK\x03\x04 truncated'))).toBeNull();
  });

  it('accepts a file whose name says what its content is, with the sniffed media type', async () => {
    expect(checkAttachment('方案.PDF', pdfBytes())).toEqual({
      type: 'pdf',
      contentType: 'application/pdf',
    });
    expect(checkAttachment('现场.jpg', jpegBytes()).contentType).toBe('image/jpeg');
    expect(checkAttachment('现场.jpeg', jpegBytes()).type).toBe('jpeg');
    expect(checkAttachment('报价.xlsx', await xlsxBytes()).contentType).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(checkAttachment('协议.docx', docxBytes()).type).toBe('docx');
  });

  it('refuses a known type under another type’s name (415 ATTACHMENT_TYPE_MISMATCH)', async () => {
    const mismatch = { kind: 'unsupported_media_type', code: 'ATTACHMENT_TYPE_MISMATCH' };
    expect(refusal('photo.png', pdfBytes())).toEqual(mismatch);
    expect(refusal('协议.xlsx', docxBytes())).toEqual(mismatch);
    expect(refusal('报价.docx', await xlsxBytes())).toEqual(mismatch);
    expect(refusal('scan.pdf', jpegBytes())).toEqual(mismatch);
  });

  it('refuses other content and other names (415 UNSUPPORTED_ATTACHMENT_TYPE)', () => {
    const unsupported = { kind: 'unsupported_media_type', code: 'UNSUPPORTED_ATTACHMENT_TYPE' };
    // A script, an empty file, a plain zip, a zip claiming to be a document without its parts.
    expect(refusal('readme.pdf', Buffer.from('#!/bin/sh\necho hi\n'))).toEqual(unsupported);
    expect(refusal('empty.png', Buffer.alloc(0))).toEqual(unsupported);
    expect(refusal('archive.docx', storedZip({ 'a.txt': 'hello' }))).toEqual(unsupported);
    expect(
      refusal('fake.docx', storedZip({ '[Content_Types].xml': '<Types/>', 'word/x.txt': 'x' })),
    ).toEqual(unsupported);
    // Both a Word and an Excel main part: ambiguous, so neither.
    expect(
      refusal(
        'both.xlsx',
        storedZip({
          '[Content_Types].xml': '<Types/>',
          'word/document.xml': '<w/>',
          'xl/workbook.xml': '<x/>',
        }),
      ),
    ).toEqual(unsupported);
    // A real PDF under a name we do not take, and no extension at all.
    expect(refusal('invoice.exe', pdfBytes())).toEqual(unsupported);
    expect(refusal('invoice', pdfBytes())).toEqual(unsupported);
    // A legacy .doc (OLE2) is not accepted.
    expect(
      refusal('old.docx', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])),
    ).toEqual(unsupported);
  });
});
