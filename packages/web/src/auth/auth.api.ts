import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { ApiError, api, apiNoContent } from '../api/client.ts';

// Mirrors the server's MeSchema (packages/server/src/auth/auth.schema.ts). Roles stay plain strings
// so that a role added on the server does not break the app before the web learns its label.
export const MeSchema = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  isInstanceAdmin: z.boolean(),
  organizations: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      slug: z.string(),
      roles: z.array(z.string()),
      unitIds: z.array(z.string()),
      personId: z.string().nullable(),
    }),
  ),
});
export type Me = z.infer<typeof MeSchema>;

export const meQueryKey = ['me'] as const;

/** The signed-in user, or null without a (valid) session. */
export async function fetchMe(signal?: AbortSignal): Promise<Me | null> {
  try {
    return await api('/me', MeSchema, { signal });
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
}

export function useMe() {
  return useQuery({ queryKey: meQueryKey, queryFn: ({ signal }) => fetchMe(signal), staleTime: 60_000 });
}

export const login = (credentials: { email: string; password: string }) =>
  api('/auth/login', MeSchema, { method: 'POST', body: credentials });

export const logout = () => apiNoContent('/auth/logout', { method: 'POST' });
