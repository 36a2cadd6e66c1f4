import { PlanDiffSchema } from '@traguardo/domain/diff/diff-plan-documents';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { authorize } from '../auth/authorize.ts';
import { PageQuerySchema, pageWindow, sendPage } from '../http/pagination.ts';
import { planScope } from '../plans/plan-scope.ts';
import { diffPlanVersions } from './diff-plan-versions.ts';
import { listPlanVersions } from './list-plan-versions.ts';
import { DiffQuerySchema, PlanVersionSchema } from './versions.schema.ts';

const PlanParams = z.object({ planId: z.string().uuid() });
const tags = ['versions'];

export const versionRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/plans/:planId/versions',
    {
      schema: {
        tags,
        description:
          'The adopted versions of a plan by number (0 the adoption, then each amendment), with their acts and the change requests each amendment recorded. Pages with ?limit=&cursor= and a Link rel="next" header; without limit, the whole list.',
        params: PlanParams,
        querystring: PageQuerySchema,
        response: { 200: z.array(PlanVersionSchema) },
      },
    },
    async (request, reply) => {
      const scope = await planScope(app.db, request.params.planId);
      authorize(request.actor, 'plan.read', { orgId: scope.orgId });
      const rows = await listPlanVersions(app.db, scope.planId, pageWindow(request.query));
      return sendPage(request, reply, request.query, rows);
    },
  );

  app.get(
    '/plans/:planId/diff',
    { schema: { tags, params: PlanParams, querystring: DiffQuerySchema, response: { 200: PlanDiffSchema } } },
    async (request) => {
      const scope = await planScope(app.db, request.params.planId);
      authorize(request.actor, 'plan.read', { orgId: scope.orgId });
      return diffPlanVersions(app.db, { planId: scope.planId, ...request.query });
    },
  );
};
