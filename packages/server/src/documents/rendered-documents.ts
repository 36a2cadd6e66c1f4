import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { authorize } from '../auth/authorize.ts';
import { BuiltOnce } from '../http/built-once.ts';
import { etagMatches } from '../http/cached-json.ts';
import { planScopeWithDataStamp } from '../plans/plan-scope.ts';
import { loadPlanSource } from './load-plan-source.ts';
import { documentFileName, type PlanSource } from './plan-source.ts';
import { renderPlanDocument } from './render-in-worker.ts';
import { sendDocument } from './send-document.ts';

/**
 * The plan's PDFs as rendered, kept by what they are rendered from. The PDF of a large plan takes
 * ~35 s of a core (2,800 pages) and long renders run one at a time, so a few people downloading the
 * adopted plan would each have waited for all the renders before theirs. A document is a function of
 * its source (the plan as it stands or as adopted, the organisation, the Segretario): the same
 * source is served the same bytes from memory, requests during its render wait for that one render,
 * and a client that holds it revalidates (ETag, 304) without any render at all.
 * Any change to the plan changes the source and so the key: nothing to invalidate.
 */
export class PlanPdfs {
  readonly rendered: BuiltOnce<Buffer>;
  /**
   * Each document's tag and file name as of a state of its organisation's data (org-data-stamp.ts):
   * while nothing was written, a request needs neither the source (loaded and digested, ~1 s for
   * the large plan) nor a render.
   */
  readonly tags = new BuiltOnce<DocumentTag>(1000, () => 1);

  constructor(maxBytes: number) {
    this.rendered = new BuiltOnce<Buffer>(maxBytes, (pdf) => pdf.length);
  }
}

type DocumentTag = { etag: string; fileName: string };

export type PlanPdf = 'plan' | 'peg';

/** The entity tag of a document: a digest of its kind and source (~0.1 s for the large plan). */
export function documentTag(document: PlanPdf, source: PlanSource): string {
  const digest = createHash('sha256').update(document).update('\n').update(JSON.stringify(source));
  return `W/"${digest.digest('base64url').slice(0, 27)}"`;
}

const FILE_SUFFIX: Record<PlanPdf, string> = { plan: '', peg: '-peg' };

/**
 * Sends the plan's PDF (as it stands, or version N): 304 when the client has it, from memory when
 * rendered, else rendered once. The data stamp is read before the source: a change committed in
 * between lands under the old stamp, which later requests no longer read (as in cached-json.ts).
 */
export async function sendPlanPdf(
  request: FastifyRequest,
  reply: FastifyReply,
  document: { kind: PlanPdf; planId: string; version?: number },
) {
  const { db, planPdfs } = request.server;
  const scope = await planScopeWithDataStamp(db, document.planId);
  authorize(request.actor, 'plan.read', { orgId: scope.orgId });
  const state = `${scope.dataStamp}|${document.kind}|${scope.planId}|${document.version ?? ''}`;
  let source: PlanSource | undefined;
  const load = async () => {
    source ??= await loadPlanSource(db, {
      planId: scope.planId,
      orgId: scope.orgId,
      version: document.version,
    });
    return source;
  };
  const known = await planPdfs.tags.get(state, async () => {
    const loaded = await load();
    return {
      etag: documentTag(document.kind, loaded),
      fileName: documentFileName(loaded.plan, FILE_SUFFIX[document.kind]),
    };
  });
  // The plan is a public act: browsers may keep its PDF, asking each time whether it changed.
  reply.header('etag', known.etag).header('cache-control', 'private, no-cache');
  if (etagMatches(request.headers['if-none-match'], known.etag)) return reply.code(304).send();
  const body = await planPdfs.rendered.get(known.etag, async () =>
    renderPlanDocument(document.kind, await load()),
  );
  return sendDocument(reply, { body, format: 'pdf', fileName: known.fileName });
}
