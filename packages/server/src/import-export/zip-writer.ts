import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip, gzipSync } from 'node:zlib';

/**
 * One part of a zip package (.xlsx, .ods). `chunks` is produced lazily while it is compressed, so
 * a large part never sits whole in memory; `store` keeps it uncompressed (the .ods mimetype).
 */
export type ZipPart = { name: string; chunks: Iterable<string>; store?: boolean };

type Written = { name: Buffer; method: 0 | 8; crc: number; size: number; data: Buffer[]; length: number };

const GZIP_HEADER = 10;
const GZIP_TRAILER = 8;

/**
 * Compressed by node's zlib off the main thread. A gzip stream is a raw deflate stream between a
 * 10-byte header and a trailer holding the CRC-32 and size a zip entry needs, so zlib computes the
 * checksum natively too.
 */
async function deflatePart(chunks: Iterable<string>, level: number): Promise<Omit<Written, 'name'>> {
  const out: Buffer[] = [];
  // The pipeline waits for zlib as it goes (backpressure), so chunks are made as they are consumed.
  await pipeline(
    Readable.from(chunks, { objectMode: false }),
    createGzip({ level }),
    async (gzipped: AsyncIterable<Buffer>) => {
      for await (const b of gzipped) out.push(b);
    },
  );
  const all = Buffer.concat(out);
  if (all[3] !== 0) throw new Error('unexpected gzip header flags');
  const end = all.length - GZIP_TRAILER;
  const data = all.subarray(GZIP_HEADER, end);
  return {
    method: 8,
    crc: all.readUInt32LE(end),
    size: all.readUInt32LE(end + 4),
    data: [data],
    length: data.length,
  };
}

function storePart(chunks: Iterable<string>): Omit<Written, 'name'> {
  const data = Buffer.from([...chunks].join(''), 'utf8');
  const gz = gzipSync(data, { level: 0 });
  return {
    method: 0,
    crc: gz.readUInt32LE(gz.length - GZIP_TRAILER),
    size: data.length,
    data: [data],
    length: data.length,
  };
}

function dosDateTime(date: Date): { time: number; day: number } {
  return {
    time: (date.getHours() << 11) | (date.getMinutes() << 5) | (date.getSeconds() >> 1),
    day: ((date.getFullYear() - 1980) << 9) | ((date.getMonth() + 1) << 5) | date.getDate(),
  };
}

/** The fields a local header and a central directory record share, from "version needed" on. */
function commonFields(part: Written, stamp: { time: number; day: number }): Buffer {
  const b = Buffer.alloc(26);
  b.writeUInt16LE(20, 0); // version needed: 2.0 (deflate)
  b.writeUInt16LE(0x0800, 2); // names are UTF-8
  b.writeUInt16LE(part.method, 4);
  b.writeUInt16LE(stamp.time, 6);
  b.writeUInt16LE(stamp.day, 8);
  b.writeUInt32LE(part.crc, 10);
  b.writeUInt32LE(part.length, 14);
  b.writeUInt32LE(part.size, 18);
  b.writeUInt16LE(part.name.length, 22);
  b.writeUInt16LE(0, 24); // no extra field
  return b;
}

/**
 * A zip archive of the parts, in order (a plain zip: no zip64, so parts under 4 GB, as ours are).
 * `level` is zlib's deflate level: each package picks its own trade of time for size.
 */
export async function zipParts(parts: ZipPart[], level: number): Promise<Buffer> {
  const stamp = dosDateTime(new Date());
  const written: Written[] = [];
  for (const part of parts) {
    const body = part.store ? storePart(part.chunks) : await deflatePart(part.chunks, level);
    written.push({ name: Buffer.from(part.name, 'utf8'), ...body });
  }
  const out: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const part of written) {
    const common = commonFields(part, stamp);
    const local = Buffer.alloc(4);
    local.writeUInt32LE(0x04034b50, 0);
    out.push(local, common, part.name, ...part.data);
    const head = Buffer.alloc(6);
    head.writeUInt32LE(0x02014b50, 0);
    head.writeUInt16LE(20, 4); // made by: version 2.0
    // Comment length, disk number, internal and external attributes all 0; then the local offset.
    const tail = Buffer.alloc(14);
    tail.writeUInt32LE(offset, 10);
    central.push(head, common, tail, part.name);
    offset += 4 + common.length + part.name.length + part.length;
  }
  const centralSize = central.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(written.length, 8);
  end.writeUInt16LE(written.length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...out, ...central, end]);
}
