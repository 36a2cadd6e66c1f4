import { useQuery } from '@tanstack/react-query';
import { PlanSummarySchema } from '@traguardo/domain/plan/plan.schema';
import { z } from 'zod';
import { api } from '../api/client.ts';

// Mirrors the server's OrgSchema, UnitSchema and PersonSchema (packages/server/src/orgs/orgs.schema.ts).
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

export const OrgDetailSchema = OrgSchema.extend({
  units: z.array(UnitSchema),
  people: z.array(PersonSchema),
});
export type OrgDetail = z.infer<typeof OrgDetailSchema>;

export const orgQueryKeys = {
  all: ['orgs'] as const,
  one: (orgId: string) => ['orgs', orgId] as const,
  plans: (orgId: string) => ['orgs', orgId, 'plans'] as const,
};

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
