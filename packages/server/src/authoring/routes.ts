import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { adoptionRoutes } from './adoption-routes.ts';
import { indicatorAuthoringRoutes } from './indicator-routes.ts';
import { lineAuthoringRoutes } from './line-routes.ts';
import { objectiveAuthoringRoutes } from './objective-routes.ts';
import { phaseAuthoringRoutes } from './phase-routes.ts';
import { planAuthoringRoutes } from './plan-routes.ts';

/** Building a draft plan, checking it, adopting it (PRODUCT.md "Plan lifecycle"). */
export const authoringRoutes: FastifyPluginAsyncZod = async (app) => {
  await app.register(planAuthoringRoutes);
  await app.register(lineAuthoringRoutes);
  await app.register(objectiveAuthoringRoutes);
  await app.register(indicatorAuthoringRoutes);
  await app.register(phaseAuthoringRoutes);
  await app.register(adoptionRoutes);
};
