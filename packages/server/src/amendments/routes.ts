import { AmendmentSchema } from '@traguardo/domain/change-request/amendment.schema';
import { CreateAmendmentSchema } from '@traguardo/domain/change-request/change-request.schema';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { authorize } from '../auth/authorize.ts';
import { renderPdf } from '../documents/pdf.ts';
import { sendDocument } from '../documents/send-document.ts';
import { planScope } from '../plans/plan-scope.ts';
import { createAmendment } from './create-amendment.ts';
import { loadVariationDocument } from './load-variation-document.ts';
import { renderVariationPdf } from './render-variation-pdf.ts';
import { renderVariationXlsx } from './render-variation-xlsx.ts';

const PlanParams = z.object({ planId: z.string().uuid() });
const DocumentParams = PlanParams.extend({ amendmentId: z.string().uuid() });
const tags = ['amendments'];

export const amendmentRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/plans/:planId/amendments',
    { schema: { tags, params: PlanParams, body: CreateAmendmentSchema, response: { 201: AmendmentSchema } } },
    async (request, reply) => {
      const created = await createAmendment(app.db, {
        actor: request.actor,
        planId: request.params.planId,
        input: request.body,
      });
      return reply.status(201).send(created);
    },
  );

  for (const format of ['pdf', 'xlsx'] as const)
    app.get(
      `/plans/:planId/amendments/:amendmentId/document.${format}`,
      {
        schema: {
          tags,
          params: DocumentParams,
          produces: [format === 'pdf' ? 'application/pdf' : 'application/octet-stream'],
        },
      },
      async (request, reply) => {
        const scope = await planScope(app.db, request.params.planId);
        authorize(request.actor, 'plan.read', { orgId: scope.orgId });
        const doc = await loadVariationDocument(app.db, request.params);
        const body =
          format === 'pdf' ? await renderPdf(renderVariationPdf(doc)) : await renderVariationXlsx(doc);
        const fileName = `variazioni-piano-provvedimento-${doc.amendment.number}`;
        return sendDocument(reply, { body, format, fileName });
      },
    );
};
