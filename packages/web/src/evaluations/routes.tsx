import { type ComponentType, lazy } from 'react';
import type { RouteObject } from 'react-router';

function page(path: string, load: () => Promise<ComponentType>): RouteObject {
  const Page = lazy(() => load().then((component) => ({ default: component })));
  return { path, element: <Page /> };
}

/** The evaluation season and the bonus (behind login), each page its own chunk. */
export const evaluationPages: RouteObject[] = [
  page('/plans/:planId/evaluations', () => import('./evaluations-page.tsx').then((m) => m.EvaluationsPage)),
  page('/evaluations/:evaluationId', () =>
    import('./evaluation-sheet-page.tsx').then((m) => m.EvaluationSheetPage),
  ),
  page('/plans/:planId/bonus', () => import('./bonus-page.tsx').then((m) => m.BonusPage)),
];
