import {
  EvaluationRulesSchema,
  UpdateEvaluationRulesSchema,
} from '@traguardo/domain/achievement/evaluation-rules.schema';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { authorize } from '../auth/authorize.ts';
import { OrgParams } from '../orgs/orgs.schema.ts';
import { loadEvaluationRules } from './load-evaluation-rules.ts';
import { updateEvaluationRules } from './update-evaluation-rules.ts';

const YearQuery = z.object({ year: z.coerce.number().int().min(2000).max(2100).optional() });

export const rulesRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/orgs/:orgId/evaluation-rules',
    {
      schema: {
        tags: ['rules'],
        description:
          'The SMVP in force: the rules of ?year= when set for that year, else the default (year null).',
        params: OrgParams,
        querystring: YearQuery,
        response: { 200: EvaluationRulesSchema },
      },
    },
    async (request) => {
      authorize(request.actor, 'rules.read', { orgId: request.params.orgId });
      return loadEvaluationRules(app.db, request.params.orgId, request.query.year ?? null);
    },
  );

  app.put(
    '/orgs/:orgId/evaluation-rules',
    {
      schema: {
        tags: ['rules'],
        description: 'Replaces the default rules, or the rules of ?year=. 409 when rowVersion is stale.',
        params: OrgParams,
        querystring: YearQuery,
        body: UpdateEvaluationRulesSchema,
        response: { 200: EvaluationRulesSchema },
      },
    },
    async (request) => {
      const actor = authorize(request.actor, 'rules.manage', { orgId: request.params.orgId });
      return updateEvaluationRules(app.db, {
        orgId: request.params.orgId,
        year: request.query.year ?? null,
        input: request.body,
        actorUserId: actor.userId,
      });
    },
  );
};
