import type { Dashboard } from '@traguardo/domain/achievement/dashboard.schema';
import { type DashboardPageQuery, firstPages } from '@traguardo/domain/achievement/dashboard-pages';
import type { DbOrTx } from '../db/client.ts';
import { dashboardListUrl } from './dashboard-links.ts';
import { loadDashboard } from './load-dashboard.ts';

/**
 * GET /plans/{planId}/dashboard: the summary and the first page of each list, with each list's
 * total and the path of its next page, so a large plan answers in kilobytes, not megabytes.
 */
export async function loadDashboardSummary(
  db: DbOrTx,
  options: { planId: string; query: DashboardPageQuery },
): Promise<Dashboard> {
  const { planId, query } = options;
  const { lineId, unitId, personId, status } = query;
  const data = await loadDashboard(db, {
    planId,
    today: query.today,
    filters: { lineId, unitId, personId, status },
  });
  return firstPages(data.dashboard, query.limit, (list, offset) =>
    dashboardListUrl(planId, list, query, offset),
  );
}
