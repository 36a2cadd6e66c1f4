import type { RouteObject } from 'react-router';
import { page } from '../ui/lazy-page.tsx';

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
