import type { FastifyPluginAsync } from 'fastify';
import { achievementRoutes } from './achievement/routes.ts';
import { amendmentRoutes } from './amendments/routes.ts';
import { auditRoutes } from './audit/routes.ts';
import { authoringRoutes } from './authoring/routes.ts';
import { bonusRoutes } from './bonus/routes.ts';
import { changeRequestRoutes } from './change-requests/routes.ts';
import { documentRoutes } from './documents/routes.ts';
import { evaluationRoutes } from './evaluations/routes.ts';
import { importExportRoutes } from './import-export/routes.ts';
import { measurementRoutes } from './measurements/routes.ts';
import { orgRoutes } from './orgs/routes.ts';
import { orgStructureRoutes } from './people/routes.ts';
import { planRoutes } from './plans/routes.ts';
import { publicPageRoutes } from './publications/public-routes.ts';
import { publicationRoutes } from './publications/routes.ts';
import { reportRoutes } from './reports/routes.ts';
import { rulesRoutes } from './rules/routes.ts';
import { versionRoutes } from './versions/routes.ts';

/**
 * Every feature's routes, registered under /api/v1. A feature adds its one line here.
 * (The authorisation matrix test walks the OpenAPI document these produce.)
 */
export const featureRoutes: FastifyPluginAsync[] = [
  orgRoutes,
  planRoutes,
  authoringRoutes,
  orgStructureRoutes,
  documentRoutes,
  reportRoutes,
  publicationRoutes,
  publicPageRoutes,
  amendmentRoutes,
  changeRequestRoutes,
  versionRoutes,
  evaluationRoutes,
  bonusRoutes,
  measurementRoutes,
  achievementRoutes,
  rulesRoutes,
  importExportRoutes,
  auditRoutes,
];
