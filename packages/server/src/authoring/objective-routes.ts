import {
  CreateObjectiveSchema,
  DeleteQuerySchema,
  ObjectiveItemSchema,
  UpdateObjectiveSchema,
} from '@traguardo/domain/plan/plan-authoring.schema';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { authorize } from '../auth/authorize.ts';
import { objectiveScope, planScope } from '../plans/plan-scope.ts';
import { PlanParams } from '../plans/routes.ts';
import { createObjective } from './create-objective.ts';
import { deleteObjective } from './delete-objective.ts';
import { ObjectiveParams } from './params.ts';
import { updateObjective } from './update-objective.ts';

export const objectiveAuthoringRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/plans/:planId/objectives',
    {
      schema: {
        tags: ['authoring'],
        params: PlanParams,
        body: CreateObjectiveSchema,
        response: { 201: ObjectiveItemSchema },
      },
    },
    async (request, reply) => {
      const scope = await planScope(app.db, request.params.planId);
      // A manager adds objectives to own units only.
      const actor = authorize(request.actor, 'objective.edit', {
        orgId: scope.orgId,
        unitId: request.body.unitId ?? null,
      });
      const objective = await createObjective(app.db, {
        planId: scope.planId,
        input: request.body,
        actorUserId: actor.userId,
      });
      return reply.status(201).send(objective);
    },
  );

  app.patch(
    '/objectives/:objectiveId',
    {
      schema: {
        tags: ['authoring'],
        params: ObjectiveParams,
        body: UpdateObjectiveSchema,
        response: { 200: ObjectiveItemSchema },
      },
    },
    async (request) => {
      const scope = await objectiveScope(app.db, request.params.objectiveId);
      const actor = authorize(request.actor, 'objective.edit', { orgId: scope.orgId, unitId: scope.unitId });
      // Moving an objective needs the right on the unit it goes to as well.
      if (request.body.unitId !== undefined && request.body.unitId !== scope.unitId)
        authorize(request.actor, 'objective.edit', { orgId: scope.orgId, unitId: request.body.unitId });
      return updateObjective(app.db, {
        objectiveId: scope.objectiveId,
        changes: request.body,
        actorUserId: actor.userId,
      });
    },
  );

  app.delete(
    '/objectives/:objectiveId',
    { schema: { tags: ['authoring'], params: ObjectiveParams, querystring: DeleteQuerySchema } },
    async (request, reply) => {
      const scope = await objectiveScope(app.db, request.params.objectiveId);
      const actor = authorize(request.actor, 'objective.edit', { orgId: scope.orgId, unitId: scope.unitId });
      await deleteObjective(app.db, {
        objectiveId: scope.objectiveId,
        rowVersion: request.query.rowVersion,
        actorUserId: actor.userId,
      });
      return reply.status(204).send();
    },
  );
};
