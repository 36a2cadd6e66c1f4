/**
 * What an evidence file really is, from its first bytes (the name and the browser's content type
 * are not trusted): PDF, PNG, JPEG, the zip containers of xlsx / docx / ods / odt, and plain text
 * (csv, txt) that is valid UTF-8 without control characters. Anything else is null.
 */
export type DetectedType = { mimeType: string; extension: string };

const startsWith = (buf: Buffer, bytes: number[]) => bytes.every((b, i) => buf[i] === b);

const OOXML: Record<string, DetectedType> = {
  'xl/': { mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', extension: 'xlsx' },
  'word/': {
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    extension: 'docx',
  },
};
const ODF: Record<string, DetectedType> = {
  'application/vnd.oasis.opendocument.spreadsheet': {
    mimeType: 'application/vnd.oasis.opendocument.spreadsheet',
    extension: 'ods',
  },
  'application/vnd.oasis.opendocument.text': {
    mimeType: 'application/vnd.oasis.opendocument.text',
    extension: 'odt',
  },
};

export function detectFileType(buf: Buffer, filename: string): DetectedType | null {
  if (startsWith(buf, [0x25, 0x50, 0x44, 0x46, 0x2d]))
    return { mimeType: 'application/pdf', extension: 'pdf' };
  if (startsWith(buf, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
    return { mimeType: 'image/png', extension: 'png' };
  if (startsWith(buf, [0xff, 0xd8, 0xff])) return { mimeType: 'image/jpeg', extension: 'jpg' };
  if (startsWith(buf, [0x50, 0x4b, 0x03, 0x04])) return detectZip(buf);
  return detectText(buf, filename);
}

/** ODF stores its type uncompressed as the first entry; OOXML lists [Content_Types].xml and its parts by name. */
function detectZip(buf: Buffer): DetectedType | null {
  const nameLength = buf.readUInt16LE(26);
  const extraLength = buf.readUInt16LE(28);
  if (buf.toString('latin1', 30, 30 + nameLength) === 'mimetype') {
    const start = 30 + nameLength + extraLength;
    const declared = buf.toString('latin1', start, start + 60);
    const odf = Object.entries(ODF).find(
      ([mime]) => declared.startsWith(mime) && !declared.startsWith(`${mime}-`),
    );
    return odf ? odf[1] : null;
  }
  const names = buf.toString('latin1');
  if (!names.includes('[Content_Types].xml')) return null;
  for (const [prefix, type] of Object.entries(OOXML)) if (names.includes(prefix)) return type;
  return null;
}

function detectText(buf: Buffer, filename: string): DetectedType | null {
  const extension = filename.toLowerCase().split('.').pop();
  if (extension !== 'csv' && extension !== 'txt') return null;
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(buf);
  } catch {
    return null;
  }
  if (hasControlCharacters(text)) return null;
  return extension === 'csv'
    ? { mimeType: 'text/csv; charset=utf-8', extension }
    : { mimeType: 'text/plain; charset=utf-8', extension };
}

/** Tab, line feed, form feed and carriage return are the only control characters text needs. */
function hasControlCharacters(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 12 && c !== 13) || c === 127) return true;
  }
  return false;
}
