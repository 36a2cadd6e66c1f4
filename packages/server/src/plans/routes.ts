import {
  outlineOf,
  type PlanDocument,
  PlanDocumentSchema,
  PlanOutlineSchema,
  PlanSummarySchema,
} from '@traguardo/domain/plan/plan.schema';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { authorize } from '../auth/authorize.ts';
import type { Db } from '../db/client.ts';
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
    (request, reply) =>
      sendPlanRead(request, reply, {
        ...request.params,
        ...request.query,
        schema: PlanDocumentSchema,
        current: planDocumentJson,
        adopted: (document) => document,
      }),
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
    (request, reply) =>
      sendPlanRead(request, reply, {
        ...request.params,
        ...request.query,
        schema: PlanOutlineSchema,
        current: planOutlineJson,
        adopted: outlineOf,
      }),
  );
};

type PlanRead<T> = {
  planId: string;
  version?: number | undefined;
  schema: z.ZodType<T>;
  /** The plan as it stands, as JSON text built by the database. */
  current: (db: Db, planId: string) => Promise<string>;
  /** The answer made from version N's frozen snapshot. */
  adopted: (document: PlanDocument) => T;
};

/** A read of the plan as it stands or as adopted in `?version=N`, for its readers, from the response cache. */
async function sendPlanRead<T>(request: FastifyRequest, reply: FastifyReply, read: PlanRead<T>) {
  const { db, responseCache } = request.server;
  const scope = await planScopeWithDataStamp(db, read.planId);
  authorize(request.actor, 'plan.read', { orgId: scope.orgId });
  const { version } = read;
  // The plan is a public act: browsers may keep it, asking each time whether it changed (ETag).
  reply.header('cache-control', 'private, no-cache');
  const cached = { cache: responseCache, stamp: scope.dataStamp, schema: read.schema };
  return version === undefined
    ? sendCachedJsonText(request, reply, cached, () => read.current(db, scope.planId))
    : sendCachedJson(request, reply, cached, async () =>
        read.adopted(await loadPlanVersion(db, scope.planId, version)),
      );
}
