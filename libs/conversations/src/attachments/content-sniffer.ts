import { extname } from 'node:path';
import { DomainError } from '@app/shared';

/** The attachment types a message may carry, each known by its content, not its name. */
export const AttachmentTypes = {
  Pdf: 'pdf',
  Png: 'png',
  Jpeg: 'jpeg',
  Docx: 'docx',
  Xlsx: 'xlsx',
} as const;

export type AttachmentType = (typeof AttachmentTypes)[keyof typeof AttachmentTypes];

/** The media type served for each type (with X-Content-Type-Options: nosniff). */
export const CONTENT_TYPES: Readonly<Record<AttachmentType, string>> = {
  pdf: 'application/pdf',
  png: 'image/png',
  jpeg: 'image/jpeg',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** The file name extensions each type may carry. */
const EXTENSIONS: Readonly<Record<string, AttachmentType>> = {
  '.pdf': 'pdf',
  '.png': 'png',
  '.jpg': 'jpeg',
  '.jpeg': 'jpeg',
  '.docx': 'docx',
  '.xlsx': 'xlsx',
};

export const ALLOWED_EXTENSIONS = Object.keys(EXTENSIONS);

const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
const PNG_MAGIC = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG_MAGIC = [0xff, 0xd8, 0xff];
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

const startsWith = (buffer: Uint8Array, magic: readonly number[]) =>
  buffer.length >= magic.length && magic.every((b, i) => buffer[i] === b);

/** End of central directory record: signature, and the offset of its fields we read. */
const EOCD_SIGNATURE = 0x06054b50;
const EOCD_MIN = 22;
const CENTRAL_SIGNATURE = 0x02014b50;
const CENTRAL_HEADER = 46;
/** The most entries read from an archive: an OOXML file of a message has a few dozen. */
const MAX_ENTRIES = 10_000;

/**
 * The entry names of a ZIP archive, from its central directory (what unzip tools trust), or
 * null when the archive is malformed. Reads only the directory: nothing is decompressed.
 */
export function zipEntryNames(buffer: Uint8Array): string[] | null {
  const view = Buffer.from(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  if (view.length < EOCD_MIN) return null;
  // The record ends the file, after a comment of at most 65,535 bytes.
  const lowest = Math.max(0, view.length - EOCD_MIN - 0xffff);
  let eocd = -1;
  for (let i = view.length - EOCD_MIN; i >= lowest; i -= 1) {
    if (view.readUInt32LE(i) === EOCD_SIGNATURE) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  const count = view.readUInt16LE(eocd + 10);
  const size = view.readUInt32LE(eocd + 12);
  const offset = view.readUInt32LE(eocd + 16);
  if (count > MAX_ENTRIES || offset + size > eocd) return null;
  const names: string[] = [];
  let at = offset;
  for (let n = 0; n < count; n += 1) {
    if (at + CENTRAL_HEADER > eocd || view.readUInt32LE(at) !== CENTRAL_SIGNATURE) return null;
    const nameLength = view.readUInt16LE(at + 28);
    const extraLength = view.readUInt16LE(at + 30);
    const commentLength = view.readUInt16LE(at + 32);
    const nameEnd = at + CENTRAL_HEADER + nameLength;
    if (nameEnd > eocd) return null;
    names.push(view.toString('utf8', at + CENTRAL_HEADER, nameEnd));
    at = nameEnd + extraLength + commentLength;
  }
  return names;
}

/** An Office Open XML package: its [Content_Types].xml and main part name what it is. */
function officeType(buffer: Uint8Array): AttachmentType | null {
  const names = zipEntryNames(buffer);
  if (!names || !names.includes('[Content_Types].xml')) return null;
  const has = (name: string) => names.includes(name);
  const under = (folder: string) => names.some((n) => n.startsWith(folder));
  const word = has('word/document.xml') && under('word/');
  const excel = has('xl/workbook.xml') && under('xl/');
  if (word && !excel) return AttachmentTypes.Docx;
  if (excel && !word) return AttachmentTypes.Xlsx;
  return null;
}

/** What the bytes are, whatever the file is called; null: none of the accepted types. */
export function sniffAttachmentType(buffer: Uint8Array): AttachmentType | null {
  if (startsWith(buffer, PDF_MAGIC)) return AttachmentTypes.Pdf;
  if (startsWith(buffer, PNG_MAGIC)) return AttachmentTypes.Png;
  if (startsWith(buffer, JPEG_MAGIC)) return AttachmentTypes.Jpeg;
  if (startsWith(buffer, ZIP_MAGIC)) return officeType(buffer);
  return null;
}

export interface CheckedAttachment {
  type: AttachmentType;
  contentType: string;
}

/**
 * The attachment's type, when its content is one of the accepted types AND its name's extension
 * says the same; otherwise a 415 with UNSUPPORTED_ATTACHMENT_TYPE (not a type we take, by name
 * or by content) or ATTACHMENT_TYPE_MISMATCH (an accepted type under another type's name).
 */
export function checkAttachment(fileName: string, buffer: Uint8Array): CheckedAttachment {
  const byName = EXTENSIONS[extname(fileName).toLowerCase()];
  const byContent = sniffAttachmentType(buffer);
  if (!byName || !byContent) {
    throw DomainError.unsupportedMedia(
      'UNSUPPORTED_ATTACHMENT_TYPE',
      `${fileName} is not a PDF, DOCX, XLSX, PNG or JPEG file (${ALLOWED_EXTENSIONS.join(', ')})`,
    );
  }
  if (byName !== byContent) {
    throw DomainError.unsupportedMedia(
      'ATTACHMENT_TYPE_MISMATCH',
      `The content of ${fileName} is ${byContent.toUpperCase()}, not what its name says`,
    );
  }
  return { type: byContent, contentType: CONTENT_TYPES[byContent] };
}
