import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { api, apiNoContent } from '../api/client.ts';
import { useMe } from '../auth/auth.api.ts';

/** GET /plans/{id}/report (the server's ReportSchema). */
export const ReportSchema = z.object({
  planId: z.string(),
  status: z.enum(['draft', 'validated']),
  commentary: z.string().nullable(),
  validatedAt: z.string().nullable(),
  validatedBy: z.object({ id: z.string(), name: z.string() }).nullable(),
  updatedAt: z.string().nullable(),
});
export type Report = z.infer<typeof ReportSchema>;

/** GET /plans/{id}/publication. */
export const PublicationStatusSchema = z.object({
  published: z.boolean(),
  path: z.string().nullable(),
  history: z.array(
    z.object({
      id: z.string(),
      publishedAt: z.string(),
      unpublishedAt: z.string().nullable(),
      versions: z.number(),
      report: z.boolean(),
    }),
  ),
});

const PublishedSchema = z.object({ id: z.string(), url: z.string(), publishedAt: z.string() });
const VersionsSchema = z.array(z.object({ version: z.number().int() }).passthrough());

const keys = {
  report: (planId: string) => ['plans', planId, 'report'] as const,
  publication: (planId: string) => ['plans', planId, 'publication'] as const,
  versions: (planId: string) => ['plans', planId, 'versions', 'numbers'] as const,
};

export function useReport(planId: string) {
  return useQuery({
    queryKey: keys.report(planId),
    queryFn: ({ signal }) => api(`/plans/${planId}/report`, ReportSchema, { signal }),
    enabled: !!planId,
  });
}

export function useSaveReport(planId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (commentary: string) =>
      api(`/plans/${planId}/report`, ReportSchema, { method: 'PUT', body: { commentary } }),
    onSuccess: (report) => client.setQueryData(keys.report(planId), report),
  });
}

export function useValidateReport(planId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => api(`/plans/${planId}/report/validation`, ReportSchema, { method: 'POST' }),
    onSuccess: (report) => client.setQueryData(keys.report(planId), report),
  });
}

export function usePublication(planId: string) {
  return useQuery({
    queryKey: keys.publication(planId),
    queryFn: ({ signal }) => api(`/plans/${planId}/publication`, PublicationStatusSchema, { signal }),
    enabled: !!planId,
  });
}

export function usePublish(planId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => api(`/plans/${planId}/publish`, PublishedSchema, { method: 'POST' }),
    onSettled: () => client.invalidateQueries({ queryKey: keys.publication(planId) }),
  });
}

export function useUnpublish(planId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => apiNoContent(`/plans/${planId}/publish`, { method: 'DELETE' }),
    onSettled: () => client.invalidateQueries({ queryKey: keys.publication(planId) }),
  });
}

/** The adopted versions' numbers, for the version picker of the downloads. */
export function useVersionNumbers(planId: string, enabled: boolean) {
  return useQuery({
    queryKey: keys.versions(planId),
    queryFn: ({ signal }) => api(`/plans/${planId}/versions`, VersionsSchema, { signal }),
    enabled: !!planId && enabled,
    select: (list) => list.map((v) => v.version),
  });
}

/** What the signed-in user may offer here (the server decides every request again). */
export function useDocumentRoles(orgId: string | undefined) {
  const me = useMe();
  const membership = me.data?.organizations.find((o) => o.id === orgId);
  const admin = me.data?.isInstanceAdmin ?? false;
  const has = (role: string) => admin || (membership?.roles.includes(role) ?? false);
  return {
    canPublish: has('secretary'),
    canEditReport: has('secretary'),
    canValidateReport: has('evaluator'),
  };
}
