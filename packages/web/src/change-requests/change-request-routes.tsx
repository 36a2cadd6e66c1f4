import type { RouteObject } from 'react-router';
import { page } from '../ui/lazy-page.tsx';

/** The pages of change requests, versions and diffs (behind login), loaded on first visit. */
export const changeRequestPages: RouteObject[] = [
  page('/plans/:planId/change-requests', () =>
    import('./change-requests-page.tsx').then((m) => m.ChangeRequestsPage),
  ),
  page('/plans/:planId/change-requests/new', () =>
    import('./new-change-request-page.tsx').then((m) => m.NewChangeRequestPage),
  ),
  page('/plans/:planId/change-requests/:requestId', () =>
    import('./change-request-page.tsx').then((m) => m.ChangeRequestPage),
  ),
  page('/plans/:planId/versions', () => import('./versions-page.tsx').then((m) => m.VersionsPage)),
  page('/plans/:planId/diff', () => import('./diff-page.tsx').then((m) => m.DiffPage)),
];
