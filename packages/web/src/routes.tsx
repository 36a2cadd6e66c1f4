import type { RouteObject } from 'react-router';
import { RequireAuth } from './auth/require-auth.tsx';
import { authoringPages } from './authoring/authoring-routes.tsx';
import { changeRequestPages } from './change-requests/change-request-routes.tsx';
import { documentPages } from './documents/documents-routes.tsx';
import { evaluationPages } from './evaluations/routes.tsx';
import { monitoringPages } from './monitoring/routes.tsx';
import { PLAN_PAGE_PATH } from './plans/plan-links.ts';
import { AppLayout } from './ui/app-layout.tsx';
import { page } from './ui/lazy-page.tsx';

/**
 * Every page of the app. A feature adds one line to `pages` (behind login) or `publicPages`.
 * The server answers every non-API path with the app, so these paths are the app's addresses.
 */
const publicPages: RouteObject[] = [
  page('/login', () => import('./auth/login-page.tsx').then((m) => m.LoginPage)),
];

const pages: RouteObject[] = [
  page('/', () => import('./orgs/orgs-page.tsx').then((m) => m.OrgsPage)),
  page('/orgs/:orgId', () => import('./orgs/org-page.tsx').then((m) => m.OrgPage)),
  page(PLAN_PAGE_PATH, () => import('./plans/plan-page.tsx').then((m) => m.PlanPage)),
  page('/plans/:planId/objectives/:objectiveId', () =>
    import('./plans/objective-page.tsx').then((m) => m.ObjectivePage),
  ),
  page('/orgs/:orgId/plans/import', () =>
    import('./import-export/import-plan-page.tsx').then((m) => m.ImportPlanPage),
  ),
  ...authoringPages,
  ...changeRequestPages,
  ...documentPages,
  ...monitoringPages,
  ...evaluationPages,
];

export const routes: RouteObject[] = [
  {
    element: <AppLayout />,
    children: [
      ...publicPages,
      { element: <RequireAuth />, children: pages },
      page('*', () => import('./ui/not-found-page.tsx').then((m) => m.NotFoundPage)),
    ],
  },
];
