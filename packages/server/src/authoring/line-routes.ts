import {
  CreateStrategicLineSchema,
  DeleteQuerySchema,
  StrategicLineItemSchema,
  UpdateStrategicLineSchema,
} from '@traguardo/domain/plan/plan-authoring.schema';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { authorize } from '../auth/authorize.ts';
import { planScope } from '../plans/plan-scope.ts';
import { PlanParams } from '../plans/routes.ts';
import { createStrategicLine } from './create-strategic-line.ts';
import { deleteStrategicLine } from './delete-strategic-line.ts';
import { getStrategicLine } from './get-strategic-line.ts';
import { lineScope } from './line-scope.ts';
import { LineParams } from './params.ts';
import { updateStrategicLine } from './update-strategic-line.ts';

export const lineAuthoringRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/plans/:planId/strategic-lines',
    {
      schema: {
        tags: ['authoring'],
        params: PlanParams,
        body: CreateStrategicLineSchema,
        response: { 201: StrategicLineItemSchema },
      },
    },
    async (request, reply) => {
      const scope = await planScope(app.db, request.params.planId);
      const actor = authorize(request.actor, 'plan.edit', { orgId: scope.orgId });
      const line = await createStrategicLine(app.db, {
        planId: scope.planId,
        input: request.body,
        actorUserId: actor.userId,
      });
      return reply.status(201).send(line);
    },
  );

  app.get(
    '/strategic-lines/:lineId',
    { schema: { tags: ['authoring'], params: LineParams, response: { 200: StrategicLineItemSchema } } },
    async (request) => {
      const scope = await lineScope(app.db, request.params.lineId);
      authorize(request.actor, 'plan.read', { orgId: scope.orgId });
      return getStrategicLine(app.db, scope.lineId);
    },
  );

  app.patch(
    '/strategic-lines/:lineId',
    {
      schema: {
        tags: ['authoring'],
        params: LineParams,
        body: UpdateStrategicLineSchema,
        response: { 200: StrategicLineItemSchema },
      },
    },
    async (request) => {
      const scope = await lineScope(app.db, request.params.lineId);
      const actor = authorize(request.actor, 'plan.edit', { orgId: scope.orgId });
      return updateStrategicLine(app.db, {
        lineId: scope.lineId,
        changes: request.body,
        actorUserId: actor.userId,
      });
    },
  );

  app.delete(
    '/strategic-lines/:lineId',
    { schema: { tags: ['authoring'], params: LineParams, querystring: DeleteQuerySchema } },
    async (request, reply) => {
      const scope = await lineScope(app.db, request.params.lineId);
      const actor = authorize(request.actor, 'plan.edit', { orgId: scope.orgId });
      await deleteStrategicLine(app.db, {
        lineId: scope.lineId,
        rowVersion: request.query.rowVersion,
        actorUserId: actor.userId,
      });
      return reply.status(204).send();
    },
  );
};
