import { CreateAmendmentSchema } from '@traguardo/domain/change-request/change-request.schema';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { createAmendment } from './create-amendment.ts';

const PlanParams = z.object({ planId: z.string().uuid() });
const tags = ['amendments'];

export const AmendmentSchema = z.object({
  id: z.string().uuid(),
  planId: z.string().uuid(),
  number: z.number().int(),
  baseVersion: z.number().int(),
  version: z.number().int(),
  act: z.object({ number: z.string(), date: z.string(), body: z.string() }),
  changeRequestIds: z.array(z.string().uuid()),
  appliedChangeRequestIds: z.array(z.string().uuid()),
  createdAt: z.string(),
});

export const amendmentRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/plans/:planId/amendments',
    { schema: { tags, params: PlanParams, body: CreateAmendmentSchema, response: { 201: AmendmentSchema } } },
    async (request, reply) => {
      const created = await createAmendment(app.db, {
        actor: request.actor,
        planId: request.params.planId,
        input: request.body,
      });
      return reply.status(201).send(created);
    },
  );
};
