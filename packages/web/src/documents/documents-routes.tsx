import type { RouteObject } from 'react-router';
import { page } from '../ui/lazy-page.tsx';

/** The plan's documents and publication, and the Relazione sulla Performance; behind login. */
export const documentPages: RouteObject[] = [
  page('/plans/:planId/documents', () => import('./documents-page.tsx').then((m) => m.DocumentsPage)),
  page('/plans/:planId/report', () => import('./report-page.tsx').then((m) => m.ReportPage)),
];
