import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';

export const fixturePath = (name: string) => new URL(`./fixtures/${name}`, import.meta.url);
export const fixture = (name: string) => readFileSync(fixturePath(name));
export const cremonaTsv = () =>
  readFileSync(new URL('../demo/fixtures/cremona-peg-2019.tsv', import.meta.url));

/** A multipart/form-data body as a browser sends it. */
export function multipart(file: { filename: string; bytes: Buffer } | null, fields: Record<string, string>) {
  const boundary = `----traguardo${randomBytes(8).toString('hex')}`;
  const parts: Buffer[] = [];
  for (const [name, value] of Object.entries(fields)) {
    parts.push(
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`),
    );
  }
  if (file) {
    parts.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.filename}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
      ),
      file.bytes,
      Buffer.from('\r\n'),
    );
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(parts), contentType: `multipart/form-data; boundary=${boundary}` };
}

export async function uploadPlan(
  app: FastifyInstance,
  options: {
    cookie?: string;
    orgId: string;
    filename: string;
    bytes: Buffer;
    fields?: Record<string, string>;
  },
) {
  const body = multipart(
    { filename: options.filename, bytes: options.bytes },
    options.fields ?? {
      title: 'PEG / Piano della Performance 2019-2021',
      year: '2019',
      endYear: '2021',
      kind: 'peg',
    },
  );
  return app.inject({
    method: 'POST',
    url: `/api/v1/orgs/${options.orgId}/plans/import`,
    headers: { 'content-type': body.contentType, ...(options.cookie ? { cookie: options.cookie } : {}) },
    payload: body.payload,
  });
}

/** A plan document as it would be written again: without ids, versions of rows or the organisation. */
export function withoutIds(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutIds);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([k]) => k !== 'id' && k !== 'orgId' && k !== 'rowVersion')
        .map(([k, v]) => [k, withoutIds(v)]),
    );
  }
  return value;
}

/** A copy as a plain ArrayBuffer (what exceljs's typings ask for). */
export function arrayBufferOf(bytes: Buffer): ArrayBuffer {
  const copy = new ArrayBuffer(bytes.length);
  new Uint8Array(copy).set(bytes);
  return copy;
}
