import {
  DASHBOARD_LIST_PATHS,
  type Dashboard,
  type DashboardFilters,
  type DashboardList,
  type DashboardListPage,
  type FullDashboard,
} from './dashboard.schema.ts';

/** What a list's page depends on besides its start: the filters, the day and the page size. */
export type DashboardPageQuery = DashboardFilters & { today: string; limit: number };

/** Where the page after the one of `limit` items from `offset` starts; null when that page was the last. */
export function nextOffset(total: number, offset: number, limit: number): number | null {
  return offset + limit < total ? offset + limit : null;
}

/**
 * The path (under /api/v1) of a page of a list: the same filters, the day pinned (a walk across
 * midnight stays on one day's list), the same size, and the cursor, which is where the page starts.
 */
export function dashboardListPath(
  planId: string,
  list: DashboardList,
  query: DashboardPageQuery,
  offset: number,
): string {
  const params = new URLSearchParams();
  for (const key of ['lineId', 'unitId', 'personId', 'status'] as const) {
    const value = query[key];
    if (value) params.set(key, value);
  }
  params.set('today', query.today);
  params.set('limit', String(query.limit));
  params.set('cursor', String(offset));
  return `/plans/${planId}/dashboard/${DASHBOARD_LIST_PATHS[list]}?${params}`;
}

/** The dashboard's answer: the whole summary, and of each list its first page, its total and its next page. */
export function firstPages(
  full: FullDashboard,
  limit: number,
  nextPath: (list: DashboardList, offset: number) => string,
): Dashboard {
  const page = (list: DashboardList): DashboardListPage => {
    const next = nextOffset(full[list].length, 0, limit);
    return { total: full[list].length, next: next === null ? null : nextPath(list, next) };
  };
  return {
    ...full,
    objectives: full.objectives.slice(0, limit),
    overdue: full.overdue.slice(0, limit),
    unmeasured: full.unmeasured.slice(0, limit),
    phasesBehind: full.phasesBehind.slice(0, limit),
    awaitingValidation: full.awaitingValidation.slice(0, limit),
    people: full.people.slice(0, limit),
    limit,
    lists: {
      objectives: page('objectives'),
      overdue: page('overdue'),
      unmeasured: page('unmeasured'),
      phasesBehind: page('phasesBehind'),
      awaitingValidation: page('awaitingValidation'),
      people: page('people'),
    },
  };
}
