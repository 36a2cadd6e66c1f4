import 'bootstrap-italia/dist/css/bootstrap-italia.min.css';
import './ui/fonts.css';
import './ui/app.css';
import './i18n.ts';
import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { createQueryClient } from './api/query-client.ts';
import { routes } from './routes.tsx';
import { prefetchCurrentPlan } from './ui/current-org.ts';
import { preloadPages } from './ui/lazy-page.tsx';

const container = document.getElementById('root');
if (!container) throw new Error('The page has no #root element');

preloadPages(routes, window.location.pathname);
const queryClient = createQueryClient();
prefetchCurrentPlan(queryClient, routes, window.location);
const router = createBrowserRouter(routes);

createRoot(container).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  </StrictMode>,
);
