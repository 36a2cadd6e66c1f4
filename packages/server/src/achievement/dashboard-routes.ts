import {
  DASHBOARD_LIST_ITEMS,
  DASHBOARD_LIST_PATHS,
  DASHBOARD_LISTS,
  type DashboardList,
  DashboardListQuerySchema,
  DashboardPageQuerySchema,
  DashboardSchema,
} from '@traguardo/domain/achievement/dashboard.schema';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { authorize } from '../auth/authorize.ts';
import { sendCachedJson, sendCachedPage } from '../http/cached-json.ts';
import { planScope, planScopeWithDataStamp } from '../plans/plan-scope.ts';
import { loadDashboard } from './load-dashboard.ts';
import { loadDashboardList } from './load-dashboard-list.ts';
import { loadDashboardSummary } from './load-dashboard-summary.ts';
import { renderDashboardXlsx } from './render-dashboard-xlsx.ts';
import { todayInRome } from './today.ts';

const PlanParams = z.object({ planId: z.string().uuid() });
/** The workbook exports every row: the filters and the day, no page. */
const XlsxQuery = DashboardPageQuerySchema.omit({ limit: true });
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const attachment = (name: string) => `attachment; filename="${name}"`;

const LIST_DESCRIPTIONS: Record<DashboardList, string> = {
  objectives: 'objectives with achievement and traffic light, in plan order',
  overdue: 'indicators past their measurement deadline without a final measurement, most overdue first',
  unmeasured: 'indicators with no measurement yet, by deadline',
  phasesBehind: 'phases whose last planned month has ended while their objective is below 100%',
  awaitingValidation: 'final measurements that count and wait for the Nucleo’s validation',
  people: 'achievement by responsible person',
};

/** The plan's monitoring: a summary with the first page of each list, each list page by page, the workbook. */
export const dashboardRoutes: FastifyPluginAsyncZod = async (app) => {
  /** Deadlines are judged against a day: the answer for today differs from yesterday's on the same data. */
  const cacheFor = (stamp: number, today: string) => ({ cache: app.responseCache, stamp, variant: today });

  app.get(
    '/plans/:planId/dashboard',
    {
      schema: {
        tags: ['achievement'],
        description:
          'Monitoring: achievement by line and unit, traffic lights, and the first `limit` items (default 50, at most 500) of each list (objectives, overdue and unmeasured indicators, phases behind, measurements awaiting validation, people) with, in `lists`, its total and the path of its next page (GET /plans/{planId}/dashboard/{list}).',
        params: PlanParams,
        querystring: DashboardPageQuerySchema,
        response: { 200: DashboardSchema },
      },
    },
    async (request, reply) => {
      const scope = await planScopeWithDataStamp(app.db, request.params.planId);
      authorize(request.actor, 'plan.read', { orgId: scope.orgId });
      const query = { ...request.query, today: request.query.today ?? todayInRome() };
      reply.header('cache-control', 'no-store');
      const cached = { ...cacheFor(scope.dataStamp, query.today), schema: DashboardSchema };
      return sendCachedJson(request, reply, cached, () =>
        loadDashboardSummary(app.db, { planId: scope.planId, query }),
      );
    },
  );

  for (const list of DASHBOARD_LISTS) {
    app.get(
      `/plans/:planId/dashboard/${DASHBOARD_LIST_PATHS[list]}`,
      {
        schema: {
          tags: ['achievement'],
          description: `One page of the dashboard’s ${LIST_DESCRIPTIONS[list]}, after the filters; \`Link: <…>; rel="next"\` when more follow, \`X-Total-Count\` the whole list.`,
          params: PlanParams,
          querystring: DashboardListQuerySchema,
          response: { 200: z.array(DASHBOARD_LIST_ITEMS[list]) },
        },
      },
      async (request, reply) => {
        const scope = await planScopeWithDataStamp(app.db, request.params.planId);
        authorize(request.actor, 'plan.read', { orgId: scope.orgId });
        const { cursor, ...rest } = request.query;
        const query = { ...rest, today: rest.today ?? todayInRome() };
        reply.header('cache-control', 'no-store');
        const cached = {
          ...cacheFor(scope.dataStamp, query.today),
          schema: z.array(DASHBOARD_LIST_ITEMS[list]),
        };
        return sendCachedPage(request, reply, cached, async () => {
          const page = await loadDashboardList(app.db, {
            planId: scope.planId,
            list,
            query,
            offset: Number(cursor ?? 0),
          });
          const headers: Record<string, string> = { 'x-total-count': String(page.total) };
          if (page.next) headers.link = `<${page.next}>; rel="next"`;
          return { body: page.items, headers };
        });
      },
    );
  }

  app.get(
    '/plans/:planId/dashboard.xlsx',
    {
      schema: {
        tags: ['achievement'],
        description: 'The dashboard as a workbook: every row of every list, after the filters.',
        params: PlanParams,
        querystring: XlsxQuery,
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
