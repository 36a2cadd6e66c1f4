import { QueryCache, QueryClient } from '@tanstack/react-query';
import { meQueryKey } from '../auth/auth.api.ts';
import { ApiError } from './client.ts';

/** Shared query settings: no retry on 4xx answers, and a 401 anywhere means the session is over. */
export function createQueryClient(): QueryClient {
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({
      onError: (error) => {
        // The session expired or was closed elsewhere: RequireAuth sends the user to the login page.
        if (error instanceof ApiError && error.status === 401) client.setQueryData(meQueryKey, null);
      },
    }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        retry: (failures, error) => !(error instanceof ApiError && error.status < 500) && failures < 2,
      },
    },
  });
  return client;
}
