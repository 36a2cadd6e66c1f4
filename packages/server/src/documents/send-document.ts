import type { FastifyReply } from 'fastify';

export const CONTENT_TYPES = {
  pdf: 'application/pdf',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
  json: 'application/json; charset=utf-8',
} as const;

/** Streams a generated document with its type and a download name (ASCII and RFC 5987 forms). */
export function sendDocument(
  reply: FastifyReply,
  document: { body: Buffer | string; format: keyof typeof CONTENT_TYPES; fileName: string },
) {
  const name = `${document.fileName}.${document.format}`;
  const ascii = name.replace(/[^\w.-]+/g, '_');
  return reply
    .type(CONTENT_TYPES[document.format])
    .header(
      'Content-Disposition',
      `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`,
    )
    .send(document.body);
}
