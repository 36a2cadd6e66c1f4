import { DashboardFiltersSchema, DashboardSchema } from '@traguardo/domain/achievement/dashboard.schema';
import { IsoDate } from '@traguardo/domain/plan/plan.schema';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { authorize } from '../auth/authorize.ts';
import { planScope } from '../plans/plan-scope.ts';
import { loadDashboard } from './load-dashboard.ts';
import { renderDashboardXlsx } from './render-dashboard-xlsx.ts';
import { todayInRome } from './today.ts';

const PlanParams = z.object({ planId: z.string().uuid() });
const DashboardQuery = DashboardFiltersSchema.extend({
  /** The day deadlines are judged against; today in Italy when absent. */
  today: IsoDate.optional(),
});
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const attachment = (name: string) => `attachment; filename="${name}"`;

/** The plan's monitoring dashboard and its workbook. */
export const dashboardRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/plans/:planId/dashboard',
    {
      schema: {
        tags: ['achievement'],
        description:
          'Monitoring: achievement by line and unit, traffic lights, unmeasured and overdue indicators, phases behind their calendar.',
        params: PlanParams,
        querystring: DashboardQuery,
        response: { 200: DashboardSchema },
      },
    },
    async (request, reply) => {
      const scope = await planScope(app.db, request.params.planId);
      authorize(request.actor, 'plan.read', { orgId: scope.orgId });
      const { today, ...filters } = request.query;
      reply.header('cache-control', 'no-store');
      const data = await loadDashboard(app.db, {
        planId: scope.planId,
        today: today ?? todayInRome(),
        filters,
      });
      return data.dashboard;
    },
  );

  app.get(
    '/plans/:planId/dashboard.xlsx',
    {
      schema: {
        tags: ['achievement'],
        description: 'The dashboard as a workbook.',
        params: PlanParams,
        querystring: DashboardQuery,
      },
    },
    async (request, reply) => {
      const scope = await planScope(app.db, request.params.planId);
      authorize(request.actor, 'plan.read', { orgId: scope.orgId });
      const { today, ...filters } = request.query;
      const data = await loadDashboard(app.db, {
        planId: scope.planId,
        today: today ?? todayInRome(),
        filters,
      });
      return reply
        .header('content-type', XLSX)
        .header('content-disposition', attachment(`monitoraggio-${data.dashboard.today}.xlsx`))
        .header('cache-control', 'no-store')
        .send(await renderDashboardXlsx(data));
    },
  );
};
