import { MyTasksSchema } from '@traguardo/domain/achievement/my-tasks.schema';
import { PlanAchievementSchema } from '@traguardo/domain/achievement/plan-achievement.schema';
import { IsoDate } from '@traguardo/domain/plan/plan.schema';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { authorize } from '../auth/authorize.ts';
import { sendCachedJson } from '../http/cached-json.ts';
import { planScopeWithDataStamp } from '../plans/plan-scope.ts';
import { dashboardRoutes } from './dashboard-routes.ts';
import { loadMyTasks } from './load-my-tasks.ts';
import { loadPlanAchievement } from './load-plan-achievement.ts';
import { renderMyTasksXlsx } from './render-my-tasks-xlsx.ts';
import { todayInRome } from './today.ts';

const PlanParams = z.object({ planId: z.string().uuid() });
const TasksQuery = z.object({ orgId: z.string().uuid(), today: IsoDate.optional() });
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const attachment = (name: string) => `attachment; filename="${name}"`;

export const achievementRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/plans/:planId/achievement',
    {
      schema: {
        tags: ['achievement'],
        description:
          'Achievement of the plan in force, by objective, strategic line, unit and responsible person; unrounded, null when unmeasured.',
        params: PlanParams,
        response: { 200: PlanAchievementSchema },
      },
    },
    async (request, reply) => {
      const scope = await planScopeWithDataStamp(app.db, request.params.planId);
      authorize(request.actor, 'plan.read', { orgId: scope.orgId });
      reply.header('cache-control', 'no-store');
      const cached = { cache: app.responseCache, stamp: scope.dataStamp, schema: PlanAchievementSchema };
      return sendCachedJson(request, reply, cached, () => loadPlanAchievement(app.db, scope.planId));
    },
  );

  await app.register(dashboardRoutes);

  app.get(
    '/me/tasks',
    {
      schema: {
        tags: ['achievement'],
        description:
          'A manager’s objectives in the adopted plans of ?orgId=, and the indicators to measure next.',
        querystring: TasksQuery,
        response: { 200: MyTasksSchema },
      },
    },
    async (request, reply) => {
      const actor = authorize(request.actor, 'plan.read', { orgId: request.query.orgId });
      reply.header('cache-control', 'no-store');
      return loadMyTasks(app.db, {
        actor,
        orgId: request.query.orgId,
        today: request.query.today ?? todayInRome(),
      });
    },
  );

  app.get(
    '/me/tasks.xlsx',
    {
      schema: {
        tags: ['achievement'],
        description: 'My objectives and what to measure, as a workbook.',
        querystring: TasksQuery,
      },
    },
    async (request, reply) => {
      const actor = authorize(request.actor, 'plan.read', { orgId: request.query.orgId });
      const tasks = await loadMyTasks(app.db, {
        actor,
        orgId: request.query.orgId,
        today: request.query.today ?? todayInRome(),
      });
      return reply
        .header('content-type', XLSX)
        .header('content-disposition', attachment(`i-miei-obiettivi-${tasks.today}.xlsx`))
        .header('cache-control', 'no-store')
        .send(await renderMyTasksXlsx(tasks));
    },
  );
};
