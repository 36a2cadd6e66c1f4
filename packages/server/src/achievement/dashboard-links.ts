import type { DashboardList } from '@traguardo/domain/achievement/dashboard.schema';
import { type DashboardPageQuery, dashboardListPath } from '@traguardo/domain/achievement/dashboard-pages';

/** Where app.ts mounts the feature routes. */
const API_PREFIX = '/api/v1';

/** The URL path of a page of a dashboard list, as the `next` of the answer and the Link header give it. */
export const dashboardListUrl = (
  planId: string,
  list: DashboardList,
  query: DashboardPageQuery,
  offset: number,
): string => `${API_PREFIX}${dashboardListPath(planId, list, query, offset)}`;
