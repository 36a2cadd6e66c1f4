import {
  outlineOf,
  PlanDocumentSchema,
  PlanOutlineSchema,
  PlanSummarySchema,
} from '@traguardo/domain/plan/plan.schema';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { authorize } from '../auth/authorize.ts';
import { sendCachedJson, sendCachedJsonText } from '../http/cached-json.ts';
import { OrgParams } from '../orgs/orgs.schema.ts';
import { listPlans } from './list-plans.ts';
import { loadPlanVersion, planDocumentJson, planOutlineJson } from './load-plan-document.ts';
import { planScopeWithDataStamp } from './plan-scope.ts';

export const PlanParams = z.object({ planId: z.string().uuid() });
const VersionQuery = z.object({ version: z.coerce.number().int().min(0).optional() });

export const planRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/orgs/:orgId/plans',
    { schema: { tags: ['plans'], params: OrgParams, response: { 200: z.array(PlanSummarySchema) } } },
    async (request) => {
      authorize(request.actor, 'plan.read', { orgId: request.params.orgId });
      return listPlans(app.db, request.params.orgId);
    },
  );

  app.get(
    '/plans/:planId',
    {
      schema: {
        tags: ['plans'],
        params: PlanParams,
        querystring: VersionQuery,
        response: { 200: PlanDocumentSchema },
      },
    },
    async (request, reply) => {
      const scope = await planScopeWithDataStamp(app.db, request.params.planId);
      authorize(request.actor, 'plan.read', { orgId: scope.orgId });
      const { version } = request.query;
      // The plan is a public act: browsers may keep it, asking each time whether it changed (ETag).
      reply.header('cache-control', 'private, no-cache');
      const cached = { cache: app.responseCache, stamp: scope.dataStamp, schema: PlanDocumentSchema };
      return version === undefined
        ? sendCachedJsonText(request, reply, cached, () => planDocumentJson(app.db, scope.planId))
        : sendCachedJson(request, reply, cached, () => loadPlanVersion(app.db, scope.planId, version));
    },
  );

  // What the plan page lists, without indicators and phases: a tenth of the document for a large plan.
  app.get(
    '/plans/:planId/outline',
    {
      schema: {
        tags: ['plans'],
        params: PlanParams,
        querystring: VersionQuery,
        response: { 200: PlanOutlineSchema },
      },
    },
    async (request, reply) => {
      const scope = await planScopeWithDataStamp(app.db, request.params.planId);
      authorize(request.actor, 'plan.read', { orgId: scope.orgId });
      const { version } = request.query;
      reply.header('cache-control', 'private, no-cache');
      const cached = { cache: app.responseCache, stamp: scope.dataStamp, schema: PlanOutlineSchema };
      return version === undefined
        ? sendCachedJsonText(request, reply, cached, () => planOutlineJson(app.db, scope.planId))
        : sendCachedJson(request, reply, cached, async () =>
            outlineOf(await loadPlanVersion(app.db, scope.planId, version)),
          );
    },
  );
};
