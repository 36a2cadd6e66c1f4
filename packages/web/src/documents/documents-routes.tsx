import { type ComponentType, lazy } from 'react';
import type { RouteObject } from 'react-router';

function page(path: string, load: () => Promise<ComponentType>): RouteObject {
  const Page = lazy(() => load().then((component) => ({ default: component })));
  return { path, element: <Page /> };
}

/** The plan's documents and publication, and the Relazione sulla Performance; behind login. */
export const documentPages: RouteObject[] = [
  page('/plans/:planId/documents', () => import('./documents-page.tsx').then((m) => m.DocumentsPage)),
  page('/plans/:planId/report', () => import('./report-page.tsx').then((m) => m.ReportPage)),
];
