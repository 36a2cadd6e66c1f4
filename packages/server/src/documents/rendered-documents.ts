import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { BuiltOnce } from '../http/built-once.ts';
import { etagMatches } from '../http/cached-json.ts';
import type { PlanSource } from './plan-source.ts';
import { renderPlanDocument } from './render-in-worker.ts';
import { sendDocument } from './send-document.ts';

/**
 * The plan's PDFs as rendered, kept by what they are rendered from. The PDF of a large plan takes
 * ~30 s of a core (2,800 pages) and long renders run one at a time, so a few people downloading the
 * adopted plan would each have waited for all the renders before theirs. A document is a function of
 * its source (the plan as it stands or as adopted, the organisation, the Segretario): the same
 * source is served the same bytes from memory, requests during its render wait for that one render,
 * and a client that holds it revalidates (ETag, 304) without any render at all.
 * Any change to the plan changes the source and so the key: nothing to invalidate.
 */
export type RenderedDocuments = BuiltOnce<Buffer>;

export const renderedDocuments = (maxBytes: number): RenderedDocuments =>
  new BuiltOnce<Buffer>(maxBytes, (pdf) => pdf.length);

type PlanPdf = 'plan' | 'peg';

/** The entity tag of a document: a digest of its kind and source (~0.1 s for the large plan). */
export function documentTag(document: PlanPdf, source: PlanSource): string {
  const digest = createHash('sha256').update(document).update('\n').update(JSON.stringify(source));
  return `W/"${digest.digest('base64url').slice(0, 27)}"`;
}

/** Sends the plan's PDF: 304 when the client has it, from memory when rendered, else rendered once. */
export async function sendPlanPdf(
  request: FastifyRequest,
  reply: FastifyReply,
  document: { kind: PlanPdf; source: PlanSource; fileName: string },
) {
  const etag = documentTag(document.kind, document.source);
  reply.header('etag', etag);
  if (etagMatches(request.headers['if-none-match'], etag)) return reply.code(304).send();
  const body = await request.server.renderedDocuments.get(etag, () =>
    renderPlanDocument(document.kind, document.source),
  );
  return sendDocument(reply, { body, format: 'pdf', fileName: document.fileName });
}
