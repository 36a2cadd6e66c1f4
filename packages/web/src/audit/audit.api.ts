import { useInfiniteQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { api } from '../api/client.ts';

export const AuditEntrySchema = z.object({
  id: z.number().int(),
  at: z.string(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string().nullable(),
  actor: z.object({ id: z.string(), name: z.string() }).nullable(),
  changes: z.array(z.object({ field: z.string(), from: z.unknown(), to: z.unknown() })),
});
export type AuditEntry = z.infer<typeof AuditEntrySchema>;

export const AUDIT_PAGE_SIZE = 50;

/**
 * The history of some items of an organisation, newest first, one page at a time. A full page means
 * older entries may exist: the next page starts after its last id (the API's `cursor`).
 */
export function useAuditHistory(orgId: string, entityIds: string[], enabled: boolean) {
  return useInfiniteQuery({
    queryKey: ['audit', orgId, entityIds],
    queryFn: ({ pageParam, signal }) =>
      api(`/orgs/${orgId}/audit`, z.array(AuditEntrySchema), {
        query: {
          entityId: entityIds.join(','),
          limit: AUDIT_PAGE_SIZE,
          cursor: pageParam > 0 ? pageParam : undefined,
        },
        signal,
      }),
    // 0 = the first page (ids start at 1).
    initialPageParam: 0,
    getNextPageParam: (page) => (page.length === AUDIT_PAGE_SIZE ? page.at(-1)?.id : undefined),
    enabled: enabled && entityIds.length > 0,
  });
}
