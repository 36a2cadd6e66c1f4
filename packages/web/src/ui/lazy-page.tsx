import { type ComponentType, lazy } from 'react';
import type { RouteObject } from 'react-router';

/** A page loaded on first visit (its own chunk), named export in, route out. */
export function page(path: string, load: () => Promise<ComponentType>): RouteObject {
  const Page = lazy(() => load().then((component) => ({ default: component })));
  return { path, element: <Page /> };
}
