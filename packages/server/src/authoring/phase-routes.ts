import {
  CreatePhaseSchema,
  DeleteQuerySchema,
  PhaseItemSchema,
  UpdatePhaseSchema,
} from '@traguardo/domain/plan/plan-authoring.schema';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { authorize } from '../auth/authorize.ts';
import { objectiveScope, phaseScope } from '../plans/plan-scope.ts';
import { createPhase } from './create-phase.ts';
import { deletePhase } from './delete-phase.ts';
import { ObjectiveParams, PhaseParams } from './params.ts';
import { updatePhase } from './update-phase.ts';

/** A phase is edited by whoever may edit its objective. */
export const phaseAuthoringRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/objectives/:objectiveId/phases',
    {
      schema: {
        tags: ['authoring'],
        params: ObjectiveParams,
        body: CreatePhaseSchema,
        response: { 201: PhaseItemSchema },
      },
    },
    async (request, reply) => {
      const scope = await objectiveScope(app.db, request.params.objectiveId);
      const actor = authorize(request.actor, 'objective.edit', { orgId: scope.orgId, unitId: scope.unitId });
      const phase = await createPhase(app.db, {
        objectiveId: scope.objectiveId,
        input: request.body,
        actorUserId: actor.userId,
      });
      return reply.status(201).send(phase);
    },
  );

  app.patch(
    '/phases/:phaseId',
    {
      schema: {
        tags: ['authoring'],
        params: PhaseParams,
        body: UpdatePhaseSchema,
        response: { 200: PhaseItemSchema },
      },
    },
    async (request) => {
      const scope = await phaseScope(app.db, request.params.phaseId);
      const actor = authorize(request.actor, 'objective.edit', { orgId: scope.orgId, unitId: scope.unitId });
      return updatePhase(app.db, {
        phaseId: scope.phaseId,
        changes: request.body,
        actorUserId: actor.userId,
      });
    },
  );

  app.delete(
    '/phases/:phaseId',
    { schema: { tags: ['authoring'], params: PhaseParams, querystring: DeleteQuerySchema } },
    async (request, reply) => {
      const scope = await phaseScope(app.db, request.params.phaseId);
      const actor = authorize(request.actor, 'objective.edit', { orgId: scope.orgId, unitId: scope.unitId });
      await deletePhase(app.db, {
        phaseId: scope.phaseId,
        rowVersion: request.query.rowVersion,
        actorUserId: actor.userId,
      });
      return reply.status(204).send();
    },
  );
};
