import { PlanDocumentSchema } from '@traguardo/domain/plan/plan.schema';
import { CreatePlanSchema, UpdatePlanSchema } from '@traguardo/domain/plan/plan-authoring.schema';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { authorize } from '../auth/authorize.ts';
import { OrgParams } from '../orgs/orgs.schema.ts';
import { planScope } from '../plans/plan-scope.ts';
import { PlanParams } from '../plans/routes.ts';
import { createPlan } from './create-plan.ts';
import { updatePlan } from './update-plan.ts';

export const planAuthoringRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/orgs/:orgId/plans',
    {
      schema: {
        tags: ['authoring'],
        params: OrgParams,
        body: CreatePlanSchema,
        response: { 201: PlanDocumentSchema },
      },
    },
    async (request, reply) => {
      const actor = authorize(request.actor, 'plan.create', { orgId: request.params.orgId });
      const plan = await createPlan(app.db, {
        orgId: request.params.orgId,
        input: request.body,
        actorUserId: actor.userId,
      });
      return reply.status(201).send(plan);
    },
  );

  app.patch(
    '/plans/:planId',
    {
      schema: {
        tags: ['authoring'],
        params: PlanParams,
        body: UpdatePlanSchema,
        response: { 200: PlanDocumentSchema },
      },
    },
    async (request) => {
      const scope = await planScope(app.db, request.params.planId);
      const actor = authorize(request.actor, 'plan.edit', { orgId: scope.orgId });
      return updatePlan(app.db, { planId: scope.planId, changes: request.body, actorUserId: actor.userId });
    },
  );
};
