import type { RouteObject } from 'react-router';
import { page } from '../ui/lazy-page.tsx';

/** The evaluation season and the bonus (behind login), each page its own chunk. */
export const evaluationPages: RouteObject[] = [
  page('/plans/:planId/evaluations', () => import('./evaluations-page.tsx').then((m) => m.EvaluationsPage)),
  page('/evaluations/:evaluationId', () =>
    import('./evaluation-sheet-page.tsx').then((m) => m.EvaluationSheetPage),
  ),
  page('/plans/:planId/bonus', () => import('./bonus-page.tsx').then((m) => m.BonusPage)),
];
