import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { peopleRoutes } from './people-routes.ts';
import { unitRoutes } from './unit-routes.ts';

/** The organisation's units (settori, servizi) and people, and the staff list import. */
export const orgStructureRoutes: FastifyPluginAsyncZod = async (app) => {
  await app.register(unitRoutes);
  await app.register(peopleRoutes);
};
