import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { authorize } from '../auth/authorize.ts';
import { planScope } from '../plans/plan-scope.ts';
import { getPublicationStatus, PublicationStatusSchema } from './get-publication-status.ts';
import { publishPlan } from './publish-plan.ts';
import { unpublishPlan } from './unpublish-plan.ts';

const Params = z.object({ planId: z.string().uuid() });
const tags = ['publications'];
const PublishedSchema = z.object({
  id: z.string().uuid(),
  /** The public page of the plan, absolute. */
  url: z.string(),
  publishedAt: z.string(),
});

/** Publishing the plan in Amministrazione Trasparente (the pages themselves: public-routes.ts). */
export const publicationRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/plans/:planId/publish',
    { schema: { tags, params: Params, response: { 201: PublishedSchema } } },
    async (request, reply) => {
      const scope = await planScope(app.db, request.params.planId);
      const actor = authorize(request.actor, 'plan.publish', { orgId: scope.orgId });
      const published = await publishPlan(app.db, { scope, actorUserId: actor.userId });
      const url = `${request.protocol}://${request.host}${published.path}`;
      return reply.status(201).send({ id: published.id, url, publishedAt: published.publishedAt });
    },
  );

  app.delete('/plans/:planId/publish', { schema: { tags, params: Params } }, async (request, reply) => {
    const scope = await planScope(app.db, request.params.planId);
    const actor = authorize(request.actor, 'plan.publish', { orgId: scope.orgId });
    await unpublishPlan(app.db, { scope, actorUserId: actor.userId });
    return reply.status(204).send();
  });

  app.get(
    '/plans/:planId/publication',
    { schema: { tags, params: Params, response: { 200: PublicationStatusSchema } } },
    async (request) => {
      const scope = await planScope(app.db, request.params.planId);
      authorize(request.actor, 'plan.read', { orgId: scope.orgId });
      return getPublicationStatus(app.db, scope);
    },
  );
};
