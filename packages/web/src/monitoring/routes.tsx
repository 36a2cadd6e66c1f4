import { type ComponentType, lazy } from 'react';
import type { RouteObject } from 'react-router';

function page(path: string, load: () => Promise<ComponentType>): RouteObject {
  const Page = lazy(() => load().then((component) => ({ default: component })));
  return { path, element: <Page /> };
}

/** Monitoring and SMVP pages, behind login; each its own chunk (Chart.js and mathjs load only here). */
export const monitoringPages: RouteObject[] = [
  page('/plans/:planId/dashboard', () => import('./dashboard-page.tsx').then((m) => m.DashboardPage)),
  page('/plans/:planId/indicators/:indicatorId', () =>
    import('./indicator-page.tsx').then((m) => m.IndicatorPage),
  ),
  page('/orgs/:orgId/my-objectives', () =>
    import('./my-objectives-page.tsx').then((m) => m.MyObjectivesPage),
  ),
  page('/orgs/:orgId/evaluation-rules', () => import('../rules/rules-page.tsx').then((m) => m.RulesPage)),
];
