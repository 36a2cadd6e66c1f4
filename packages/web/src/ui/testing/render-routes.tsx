import { type QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { Suspense } from 'react';
import { createMemoryRouter, Outlet, type RouteObject, RouterProvider } from 'react-router';
import { createQueryClient } from '../../api/query-client.ts';

/**
 * Renders `routes` at `path` as the app does: a memory router, a fresh query cache (unless the test
 * primes its own), and a Suspense boundary for the pages that load on first visit.
 */
export function renderRoutes(routes: RouteObject[], path: string, client: QueryClient = createQueryClient()) {
  const shell = (
    <Suspense fallback={<p>…</p>}>
      <Outlet />
    </Suspense>
  );
  const router = createMemoryRouter([{ element: shell, children: routes }], { initialEntries: [path] });
  return render(
    <QueryClientProvider client={client}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
}
