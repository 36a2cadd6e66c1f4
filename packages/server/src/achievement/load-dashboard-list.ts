import type { DashboardList, FullDashboard } from '@traguardo/domain/achievement/dashboard.schema';
import { type DashboardPageQuery, nextOffset } from '@traguardo/domain/achievement/dashboard-pages';
import type { DbOrTx } from '../db/client.ts';
import { dashboardListUrl } from './dashboard-links.ts';
import { loadDashboard } from './load-dashboard.ts';

/**
 * GET /plans/{planId}/dashboard/{list}: one page of one list of the dashboard, the filters applied
 * before paging; `next` is the path of the following page, null on the last one.
 */
export async function loadDashboardList(
  db: DbOrTx,
  options: { planId: string; list: DashboardList; query: DashboardPageQuery; offset: number },
): Promise<{ items: FullDashboard[DashboardList]; total: number; next: string | null }> {
  const { planId, list, query } = options;
  const { lineId, unitId, personId, status } = query;
  const data = await loadDashboard(db, {
    planId,
    today: query.today,
    filters: { lineId, unitId, personId, status },
  });
  const all: FullDashboard[DashboardList] = data.dashboard[list];
  const { offset } = options;
  const next = nextOffset(all.length, offset, query.limit);
  return {
    items: all.slice(offset, offset + query.limit),
    total: all.length,
    next: next === null ? null : dashboardListUrl(planId, list, query, next),
  };
}
