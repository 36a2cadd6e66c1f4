import {
  CreateIndicatorSchema,
  DeleteQuerySchema,
  IndicatorItemSchema,
  UpdateIndicatorSchema,
} from '@traguardo/domain/plan/plan-authoring.schema';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { authorize } from '../auth/authorize.ts';
import { indicatorScope, objectiveScope } from '../plans/plan-scope.ts';
import { createIndicator } from './create-indicator.ts';
import { deleteIndicator } from './delete-indicator.ts';
import { IndicatorParams, ObjectiveParams } from './params.ts';
import { updateIndicator } from './update-indicator.ts';

/** An indicator is edited by whoever may edit its objective. */
export const indicatorAuthoringRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/objectives/:objectiveId/indicators',
    {
      schema: {
        tags: ['authoring'],
        params: ObjectiveParams,
        body: CreateIndicatorSchema,
        response: { 201: IndicatorItemSchema },
      },
    },
    async (request, reply) => {
      const scope = await objectiveScope(app.db, request.params.objectiveId);
      const actor = authorize(request.actor, 'objective.edit', { orgId: scope.orgId, unitId: scope.unitId });
      const indicator = await createIndicator(app.db, {
        objectiveId: scope.objectiveId,
        input: request.body,
        actorUserId: actor.userId,
      });
      return reply.status(201).send(indicator);
    },
  );

  app.patch(
    '/indicators/:indicatorId',
    {
      schema: {
        tags: ['authoring'],
        params: IndicatorParams,
        body: UpdateIndicatorSchema,
        response: { 200: IndicatorItemSchema },
      },
    },
    async (request) => {
      const scope = await indicatorScope(app.db, request.params.indicatorId);
      const actor = authorize(request.actor, 'objective.edit', { orgId: scope.orgId, unitId: scope.unitId });
      return updateIndicator(app.db, {
        indicatorId: scope.indicatorId,
        changes: request.body,
        actorUserId: actor.userId,
      });
    },
  );

  app.delete(
    '/indicators/:indicatorId',
    { schema: { tags: ['authoring'], params: IndicatorParams, querystring: DeleteQuerySchema } },
    async (request, reply) => {
      const scope = await indicatorScope(app.db, request.params.indicatorId);
      const actor = authorize(request.actor, 'objective.edit', { orgId: scope.orgId, unitId: scope.unitId });
      await deleteIndicator(app.db, {
        indicatorId: scope.indicatorId,
        rowVersion: request.query.rowVersion,
        actorUserId: actor.userId,
      });
      return reply.status(204).send();
    },
  );
};
