import {
  BonusDistributionRequestSchema,
  BonusDistributionSchema,
} from '@traguardo/domain/evaluation/evaluation.schema';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { authorize } from '../auth/authorize.ts';
import { loadSheetFrame } from '../evaluations/load-sheet-frame.ts';
import { planScope } from '../plans/plan-scope.ts';
import { distributeBonusFund } from './distribute-bonus-fund.ts';
import { getBonusDistribution } from './get-bonus-distribution.ts';
import { markBonusPaid } from './mark-bonus-paid.ts';
import { renderBonusXlsx } from './render-bonus-xlsx.ts';

const PlanParams = z.object({ planId: z.string().uuid() });
const tags = ['bonus'];

export const bonusRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/plans/:planId/bonus-distribution',
    {
      schema: {
        tags,
        params: PlanParams,
        body: BonusDistributionRequestSchema,
        response: { 201: BonusDistributionSchema },
      },
    },
    async (request, reply) => {
      const scope = await planScope(app.db, request.params.planId);
      const actor = authorize(request.actor, 'bonus.distribute', { orgId: scope.orgId });
      const id = await distributeBonusFund(app.db, {
        planId: scope.planId,
        fundCents: request.body.fundCents,
        actorUserId: actor.userId,
      });
      return reply.status(201).send(await getBonusDistribution(app.db, { planId: scope.planId, id }));
    },
  );

  app.get(
    '/plans/:planId/bonus-distribution',
    { schema: { tags, params: PlanParams, response: { 200: BonusDistributionSchema } } },
    async (request) => {
      const scope = await planScope(app.db, request.params.planId);
      authorize(request.actor, 'bonus.distribute', { orgId: scope.orgId });
      return getBonusDistribution(app.db, { planId: scope.planId });
    },
  );

  app.post(
    '/plans/:planId/bonus-distribution/:id/paid',
    {
      schema: {
        tags,
        params: PlanParams.extend({ id: z.string().uuid() }),
        response: { 200: BonusDistributionSchema },
      },
    },
    async (request) => {
      const scope = await planScope(app.db, request.params.planId);
      const actor = authorize(request.actor, 'bonus.distribute', { orgId: scope.orgId });
      const { id } = request.params;
      await markBonusPaid(app.db, {
        planId: scope.planId,
        id,
        orgId: scope.orgId,
        actorUserId: actor.userId,
      });
      return getBonusDistribution(app.db, { planId: scope.planId, id });
    },
  );

  app.get(
    '/plans/:planId/bonus-distribution.xlsx',
    { schema: { tags, params: PlanParams } },
    async (request, reply) => {
      const scope = await planScope(app.db, request.params.planId);
      authorize(request.actor, 'bonus.distribute', { orgId: scope.orgId });
      const distribution = await getBonusDistribution(app.db, { planId: scope.planId });
      const frame = await loadSheetFrame(app.db, scope.planId);
      return reply
        .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('Content-Disposition', 'attachment; filename="ripartizione-premio.xlsx"')
        .send(await renderBonusXlsx(distribution, frame));
    },
  );
};
