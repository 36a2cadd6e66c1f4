import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { PlanSummarySchema } from '@traguardo/domain/plan/plan.schema';
import { z } from 'zod';
import { api, apiPage } from '../api/client.ts';

// Mirrors the server's OrgSchema and UnitSchema (packages/server/src/orgs/orgs.schema.ts) and the fields
// of PersonItemSchema the organisation page shows.
export const OrgSchema = z.object({
  id: z.string(),
  slug: z.string(),
  name: z.string(),
  kind: z.string(),
  province: z.string().nullable(),
  introduction: z.string().nullable(),
});
export type Org = z.infer<typeof OrgSchema>;

export const UnitSchema = z.object({
  id: z.string(),
  name: z.string(),
  code: z.string().nullable(),
  parentId: z.string().nullable(),
  managerPersonId: z.string().nullable(),
  managerName: z.string().nullable(),
});
export type Unit = z.infer<typeof UnitSchema>;

export const PersonSchema = z.object({
  id: z.string(),
  name: z.string(),
  category: z.string(),
  jobTitle: z.string().nullable(),
  unitId: z.string().nullable(),
});
export type Person = z.infer<typeof PersonSchema>;

/** The organisation with its units; its people (25,000 in a large comune) come a page at a time. */
export const OrgDetailSchema = OrgSchema.extend({
  units: z.array(UnitSchema),
});
export type OrgDetail = z.infer<typeof OrgDetailSchema>;

export const orgQueryKeys = {
  all: ['orgs'] as const,
  one: (orgId: string) => ['orgs', orgId] as const,
  plans: (orgId: string) => ['orgs', orgId, 'plans'] as const,
  peoplePages: (orgId: string) => ['orgs', orgId, 'people', 'pages'] as const,
};

export const PEOPLE_PAGE_SIZE = 100;

export function useOrgs() {
  return useQuery({
    queryKey: orgQueryKeys.all,
    queryFn: ({ signal }) => api('/orgs', z.array(OrgSchema), { signal }),
  });
}

export function useOrg(orgId: string | undefined) {
  return useQuery({
    queryKey: orgQueryKeys.one(orgId ?? ''),
    queryFn: ({ signal }) => api(`/orgs/${orgId}`, OrgDetailSchema, { signal }),
    enabled: !!orgId,
  });
}

export function useOrgPlans(orgId: string) {
  return useQuery({
    queryKey: orgQueryKeys.plans(orgId),
    queryFn: ({ signal }) => api(`/orgs/${orgId}/plans`, z.array(PlanSummarySchema), { signal }),
  });
}

/** The organisation's people by name, a page at a time (GET /orgs/{orgId}/people?limit=, then each Link). */
export function usePeoplePages(orgId: string) {
  return useInfiniteQuery({
    queryKey: orgQueryKeys.peoplePages(orgId),
    queryFn: ({ pageParam, signal }) => apiPage(pageParam, PersonSchema, { signal }),
    initialPageParam: `/orgs/${orgId}/people?limit=${PEOPLE_PAGE_SIZE}`,
    getNextPageParam: (page) => page.next ?? undefined,
  });
}
