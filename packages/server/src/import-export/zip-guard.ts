import { inflateRawSync } from 'node:zlib';
import { IMPORT_LIMITS } from '@traguardo/domain/import/import-limits';
import { AppError } from '../errors/app-error.ts';

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const ZIP64_MARK = 0xffffffff;

const refuse = (message: string) => new AppError('unprocessable', message);

type Entry = { name: string; method: number; compressedSize: number; size: number; localOffset: number };

/** The central directory, read from the end of the file (the zip's own table of contents). */
function centralDirectory(bytes: Buffer): Entry[] {
  // The end record is 22 bytes plus a comment of at most 65535.
  const from = Math.max(0, bytes.length - 22 - 0xffff);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= from; i--) {
    if (bytes.readUInt32LE(i) === EOCD_SIGNATURE) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw refuse('the file is not a readable spreadsheet (damaged zip)');
  const count = bytes.readUInt16LE(eocd + 10);
  const dirOffset = bytes.readUInt32LE(eocd + 16);
  if (count > IMPORT_LIMITS.zipEntries) throw refuse('the spreadsheet has too many parts');
  if (dirOffset === ZIP64_MARK) throw refuse('the spreadsheet is too large');
  const entries: Entry[] = [];
  let p = dirOffset;
  for (let n = 0; n < count; n++) {
    if (p + 46 > bytes.length || bytes.readUInt32LE(p) !== CENTRAL_SIGNATURE)
      throw refuse('the file is not a readable spreadsheet (damaged zip)');
    const nameLength = bytes.readUInt16LE(p + 28);
    const extraLength = bytes.readUInt16LE(p + 30);
    const commentLength = bytes.readUInt16LE(p + 32);
    entries.push({
      name: bytes.toString('utf8', p + 46, p + 46 + nameLength),
      method: bytes.readUInt16LE(p + 10),
      compressedSize: bytes.readUInt32LE(p + 20),
      size: bytes.readUInt32LE(p + 24),
      localOffset: bytes.readUInt32LE(p + 42),
    });
    p += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/**
 * Refuses a zip (.xlsx, .ods) that would expand beyond IMPORT_LIMITS.unzippedBytes, before any
 * parser sees it: first by the sizes the zip declares, then by inflating each part with an output
 * cap, so a zip that lies about its sizes is stopped at the cap and never exhausts memory.
 */
export function assertSafeZip(bytes: Buffer): void {
  const entries = centralDirectory(bytes);
  let declared = 0;
  for (const e of entries) {
    if (e.size === ZIP64_MARK || e.compressedSize === ZIP64_MARK)
      throw refuse('the spreadsheet is too large');
    declared += e.size;
  }
  if (declared > IMPORT_LIMITS.unzippedBytes)
    throw refuse(`the spreadsheet expands to more than ${IMPORT_LIMITS.unzippedBytes / 1024 / 1024} MB`);

  for (const e of entries) {
    if (e.method === 0) {
      if (e.compressedSize !== e.size) throw refuse('the file is not a readable spreadsheet (damaged zip)');
      continue;
    }
    if (e.method !== 8) throw refuse(`the spreadsheet uses an unsupported compression (${e.method})`);
    const local = e.localOffset;
    if (local + 30 > bytes.length || bytes.readUInt32LE(local) !== LOCAL_SIGNATURE)
      throw refuse('the file is not a readable spreadsheet (damaged zip)');
    const start = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
    const data = bytes.subarray(start, start + e.compressedSize);
    try {
      // One byte over the declared size is enough to catch a part that lies about its size.
      inflateRawSync(data, { maxOutputLength: e.size + 1 });
    } catch (error) {
      if (error instanceof RangeError) throw refuse('the spreadsheet expands beyond its declared size');
      throw refuse('the file is not a readable spreadsheet (damaged zip)');
    }
  }
}
