import { queryOptions, useQuery } from '@tanstack/react-query';
import { PlanDocumentSchema } from '@traguardo/domain/plan/plan.schema';
import { api } from '../api/client.ts';

export const planQueryKeys = {
  document: (planId: string, version: number | undefined) => ['plans', planId, { version }] as const,
};

/** The plan as it stands, or as adopted in `version` (GET /plans/{id}?version=N). */
export function planQuery(planId: string | undefined, version?: number) {
  return queryOptions({
    queryKey: planQueryKeys.document(planId ?? '', version),
    queryFn: ({ signal }) =>
      api(`/plans/${planId}`, PlanDocumentSchema, { query: { version }, signal, large: true }),
    enabled: !!planId,
  });
}

export function usePlan(planId: string | undefined, version?: number) {
  return useQuery(planQuery(planId, version));
}

/** `?version=N` of the current address, when it is a whole number ≥ 0. */
export function versionFromSearch(search: URLSearchParams): number | undefined {
  const raw = search.get('version');
  if (raw === null || !/^\d+$/.test(raw)) return undefined;
  return Number(raw);
}
