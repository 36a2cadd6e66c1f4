import { type ComponentType, lazy } from 'react';
import { matchRoutes, type RouteObject } from 'react-router';

type PageHandle = { preload: () => Promise<unknown> };

/** A page loaded on first visit (its own chunk), named export in, route out. */
export function page(path: string, load: () => Promise<ComponentType>): RouteObject {
  const Page = lazy(() => load().then((component) => ({ default: component })));
  const handle: PageHandle = { preload: load };
  return { path, element: <Page />, handle };
}

/**
 * Starts fetching the chunks of the pages at `pathname` now, instead of when React first renders
 * them: that render waits for the session check, so the plan page's chunk used to come after the
 * plan itself (issue 8). The browser caches the module: lazy() later gets the same one.
 */
export function preloadPages(routes: RouteObject[], pathname: string): void {
  for (const match of matchRoutes(routes, pathname) ?? []) {
    const handle = match.route.handle as Partial<PageHandle> | undefined;
    void handle?.preload?.().catch(() => {
      // A chunk that fails here fails again, visibly, when lazy() renders the page.
    });
  }
}
