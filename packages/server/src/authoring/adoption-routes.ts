import { PlanCheckSchema } from '@traguardo/domain/checker/plan-problem';
import { AdoptionSchema, AdoptPlanSchema } from '@traguardo/domain/plan/plan-authoring.schema';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { authorize } from '../auth/authorize.ts';
import { planScope } from '../plans/plan-scope.ts';
import { PlanParams } from '../plans/routes.ts';
import { adoptPlan } from './adopt-plan.ts';
import { runPlanCheck } from './run-plan-check.ts';

export const adoptionRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/plans/:planId/check',
    { schema: { tags: ['authoring'], params: PlanParams, response: { 200: PlanCheckSchema } } },
    async (request) => {
      const scope = await planScope(app.db, request.params.planId);
      authorize(request.actor, 'plan.read', { orgId: scope.orgId });
      return runPlanCheck(app.db, scope.planId);
    },
  );

  app.post(
    '/plans/:planId/adopt',
    {
      schema: {
        tags: ['authoring'],
        params: PlanParams,
        body: AdoptPlanSchema,
        response: { 201: AdoptionSchema },
      },
    },
    async (request, reply) => {
      const scope = await planScope(app.db, request.params.planId);
      const actor = authorize(request.actor, 'plan.adopt', { orgId: scope.orgId });
      const adoption = await adoptPlan(app.db, {
        planId: scope.planId,
        input: request.body,
        actorUserId: actor.userId,
      });
      return reply.status(201).send(adoption);
    },
  );
};
