import {
  DASHBOARD_LIST_PATHS,
  DASHBOARD_LISTS,
  type DashboardFilters,
  type FullDashboard,
} from '@traguardo/domain/achievement/dashboard.schema';
import { dashboardListPath, firstPages, nextOffset } from '@traguardo/domain/achievement/dashboard-pages';
import { TRAFFIC_LIGHTS } from '@traguardo/domain/achievement/traffic-light';

const json = (body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json', ...headers } });

/**
 * Test support: the dashboard routes as the server answers them (the summary with the first page of
 * each list, then each list page by page with a Link header), over a dashboard computed whole by the
 * test with the domain's own code; `pageSize` stands for the server's default limit.
 */
export function dashboardApi(options: {
  planId: string;
  full: (filters: DashboardFilters) => FullDashboard;
  pageSize: number;
}) {
  return (url: URL): Response | null => {
    const base = `/api/v1/plans/${options.planId}/dashboard`;
    if (url.pathname !== base && !url.pathname.startsWith(`${base}/`)) return null;
    const q = url.searchParams;
    const status = TRAFFIC_LIGHTS.find((l) => l === q.get('status'));
    const filters: DashboardFilters = {
      lineId: q.get('lineId') ?? undefined,
      unitId: q.get('unitId') ?? undefined,
      personId: q.get('personId') ?? undefined,
      status,
    };
    const full = options.full(filters);
    const query = {
      ...filters,
      today: q.get('today') ?? full.today,
      limit: Number(q.get('limit') ?? options.pageSize),
    };
    const pathOf = (list: (typeof DASHBOARD_LISTS)[number], offset: number) =>
      `/api/v1${dashboardListPath(options.planId, list, query, offset)}`;
    if (url.pathname === base) return json(firstPages(full, query.limit, pathOf));
    const list = DASHBOARD_LISTS.find((l) => url.pathname === `${base}/${DASHBOARD_LIST_PATHS[l]}`);
    if (!list) return null;
    const offset = Number(q.get('cursor') ?? 0);
    const all: unknown[] = full[list];
    const next = nextOffset(all.length, offset, query.limit);
    return json(
      all.slice(offset, offset + query.limit),
      next === null ? {} : { Link: `<${pathOf(list, next)}>; rel="next"` },
    );
  };
}
