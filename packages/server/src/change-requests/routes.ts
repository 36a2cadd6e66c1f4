import {
  CHANGE_REQUEST_STATUSES,
  ChangeRequestSchema,
  DecideChangeRequestSchema,
  FileChangeRequestSchema,
} from '@traguardo/domain/change-request/change-request.schema';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { authorize, requireActor } from '../auth/authorize.ts';
import { PageQuerySchema, pageWindow, sendPage } from '../http/pagination.ts';
import { planScope } from '../plans/plan-scope.ts';
import { decideChangeRequest } from './decide-change-request.ts';
import { fileChangeRequest } from './file-change-request.ts';
import { getChangeRequest, listChangeRequests } from './load-change-requests.ts';

const PlanParams = z.object({ planId: z.string().uuid() });
const IdParams = z.object({ id: z.string().uuid() });
const tags = ['change-requests'];

export const changeRequestRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/plans/:planId/change-requests',
    {
      schema: {
        tags,
        params: PlanParams,
        body: FileChangeRequestSchema,
        response: { 201: ChangeRequestSchema },
      },
    },
    async (request, reply) => {
      const created = await fileChangeRequest(app.db, {
        actor: request.actor,
        planId: request.params.planId,
        input: request.body,
      });
      return reply.status(201).send(created);
    },
  );

  app.get(
    '/plans/:planId/change-requests',
    {
      schema: {
        tags,
        description:
          'The change requests of a plan, optionally of one status, oldest first (filed at, then id). Pages with ?limit=&cursor= and a Link rel="next" header; without limit, the whole list.',
        params: PlanParams,
        querystring: PageQuerySchema.extend({ status: z.enum(CHANGE_REQUEST_STATUSES).optional() }),
        response: { 200: z.array(ChangeRequestSchema) },
      },
    },
    async (request, reply) => {
      const scope = await planScope(app.db, request.params.planId);
      authorize(request.actor, 'plan.read', { orgId: scope.orgId });
      const rows = await listChangeRequests(app.db, {
        planId: scope.planId,
        status: request.query.status,
        window: pageWindow(request.query),
      });
      return sendPage(request, reply, request.query, rows);
    },
  );

  app.get(
    '/change-requests/:id',
    { schema: { tags, params: IdParams, response: { 200: ChangeRequestSchema } } },
    async (request) => {
      requireActor(request.actor);
      const found = await getChangeRequest(app.db, request.params.id);
      const scope = await planScope(app.db, found.planId);
      authorize(request.actor, 'plan.read', { orgId: scope.orgId });
      return found;
    },
  );

  app.post(
    '/change-requests/:id/decision',
    {
      schema: {
        tags,
        params: IdParams,
        body: DecideChangeRequestSchema,
        response: { 200: ChangeRequestSchema },
      },
    },
    async (request) =>
      decideChangeRequest(app.db, { actor: request.actor, id: request.params.id, input: request.body }),
  );
};
