import type { RouteObject } from 'react-router';
import { page } from '../ui/lazy-page.tsx';

/** Building a plan (behind login), its check and adoption, the organisation's units and people. */
export const authoringPages: RouteObject[] = [
  page('/orgs/:orgId/plans/new', () => import('./new-plan-page.tsx').then((m) => m.NewPlanPage)),
  page('/orgs/:orgId/units', () => import('./units-page.tsx').then((m) => m.UnitsPage)),
  page('/orgs/:orgId/people', () => import('./people-page.tsx').then((m) => m.PeoplePage)),
  page('/plans/:planId/edit', () => import('./plan-editor-page.tsx').then((m) => m.PlanEditorPage)),
  page('/plans/:planId/edit/objectives/:objectiveId', () =>
    import('./objective-editor-page.tsx').then((m) => m.ObjectiveEditorPage),
  ),
  page('/plans/:planId/check', () => import('./plan-check-page.tsx').then((m) => m.PlanCheckPage)),
  page('/plans/:planId/adopt', () => import('./adopt-plan-page.tsx').then((m) => m.AdoptPlanPage)),
];
