import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { authorize } from '../auth/authorize.ts';
import { planScope } from '../plans/plan-scope.ts';
import { loadDocumentAchievement } from './load-document-achievement.ts';
import { loadPlanSource } from './load-plan-source.ts';
import { documentFileName } from './plan-source.ts';
import { renderOpenDataCsv, renderOpenDataJson } from './render-open-data.ts';
import { sendPlanPdf } from './rendered-documents.ts';
import { sendDocument } from './send-document.ts';

const Params = z.object({ planId: z.string().uuid() });
const Query = z.object({ version: z.coerce.number().int().min(0).optional() });
const schema = (summary: string) => ({ tags: ['documents'], summary, params: Params, querystring: Query });

/** The plan's documents for signed-in users; the published copies are served by publications/. */
export const documentRoutes: FastifyPluginAsyncZod = async (app) => {
  const source = async (planId: string, actor: Parameters<typeof authorize>[0], version?: number) => {
    const scope = await planScope(app.db, planId);
    authorize(actor, 'plan.read', { orgId: scope.orgId });
    return loadPlanSource(app.db, { planId, orgId: scope.orgId, version });
  };

  app.get(
    '/plans/:planId/export.pdf',
    { schema: schema('The plan as a PDF (Chieve layout)') },
    async (req, reply) =>
      sendPlanPdf(req, reply, { kind: 'plan', planId: req.params.planId, version: req.query.version }),
  );

  app.get(
    '/plans/:planId/peg.pdf',
    { schema: schema('The PEG table as a PDF (Cremona layout)') },
    async (req, reply) =>
      sendPlanPdf(req, reply, { kind: 'peg', planId: req.params.planId, version: req.query.version }),
  );

  app.get(
    '/plans/:planId/open-data.json',
    { schema: schema('Open data: indicators') },
    async (req, reply) => {
      const src = await source(req.params.planId, req.actor, req.query.version);
      const achievement = await loadDocumentAchievement(app.db, src.plan);
      const body = JSON.stringify(renderOpenDataJson(src, achievement), null, 1);
      return sendDocument(reply, {
        body,
        format: 'json',
        fileName: documentFileName(src.plan, '-open-data'),
      });
    },
  );

  app.get(
    '/plans/:planId/open-data.csv',
    { schema: schema('Open data: indicators (CSV)') },
    async (req, reply) => {
      const src = await source(req.params.planId, req.actor, req.query.version);
      const achievement = await loadDocumentAchievement(app.db, src.plan);
      const body = renderOpenDataCsv(src, achievement);
      return sendDocument(reply, { body, format: 'csv', fileName: documentFileName(src.plan, '-open-data') });
    },
  );
};
