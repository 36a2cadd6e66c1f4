import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { authorize } from '../auth/authorize.ts';
import { renderPdf } from '../documents/pdf.ts';
import { documentFileName } from '../documents/plan-source.ts';
import { sendDocument } from '../documents/send-document.ts';
import { planScope } from '../plans/plan-scope.ts';
import { getReport } from './get-report.ts';
import { loadReportSource } from './load-report-source.ts';
import { renderReportPdf } from './render-report-pdf.ts';
import { renderReportXlsx } from './render-report-xlsx.ts';
import { ReportSchema, UpdateReportSchema } from './report.schema.ts';
import { updateReport } from './update-report.ts';
import { validateReport } from './validate-report.ts';

const Params = z.object({ planId: z.string().uuid() });
const tags = ['reports'];

/** Relazione sulla Performance: commentary (secretary), validation (Nucleo), PDF and workbook. */
export const reportRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/plans/:planId/report',
    { schema: { tags, params: Params, response: { 200: ReportSchema } } },
    async (request) => {
      const scope = await planScope(app.db, request.params.planId);
      authorize(request.actor, 'plan.read', { orgId: scope.orgId });
      return getReport(app.db, scope.planId);
    },
  );

  app.put(
    '/plans/:planId/report',
    { schema: { tags, params: Params, body: UpdateReportSchema, response: { 200: ReportSchema } } },
    async (request) => {
      const scope = await planScope(app.db, request.params.planId);
      const actor = authorize(request.actor, 'report.edit', { orgId: scope.orgId });
      return updateReport(app.db, { scope, actorUserId: actor.userId, input: request.body });
    },
  );

  app.post(
    '/plans/:planId/report/validation',
    { schema: { tags, params: Params, response: { 201: ReportSchema } } },
    async (request, reply) => {
      const scope = await planScope(app.db, request.params.planId);
      const actor = authorize(request.actor, 'report.validate', { orgId: scope.orgId });
      return reply.status(201).send(await validateReport(app.db, { scope, actorUserId: actor.userId }));
    },
  );

  const source = async (planId: string, actor: Parameters<typeof authorize>[0]) => {
    const scope = await planScope(app.db, planId);
    authorize(actor, 'plan.read', { orgId: scope.orgId });
    return loadReportSource(app.db, { planId, orgId: scope.orgId });
  };

  app.get('/plans/:planId/report.pdf', { schema: { tags, params: Params } }, async (request, reply) => {
    const src = await source(request.params.planId, request.actor);
    const body = await renderPdf(renderReportPdf(src));
    return sendDocument(reply, { body, format: 'pdf', fileName: documentFileName(src.plan, '-relazione') });
  });

  app.get('/plans/:planId/report.xlsx', { schema: { tags, params: Params } }, async (request, reply) => {
    const src = await source(request.params.planId, request.actor);
    const body = await renderReportXlsx(src);
    return sendDocument(reply, { body, format: 'xlsx', fileName: documentFileName(src.plan, '-relazione') });
  });
};
