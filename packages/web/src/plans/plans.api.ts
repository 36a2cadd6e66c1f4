import { queryOptions, useQuery } from '@tanstack/react-query';
import { PlanDocumentSchema, PlanOutlineSchema } from '@traguardo/domain/plan/plan.schema';
import { api } from '../api/client.ts';

export const planQueryKeys = {
  document: (planId: string, version: number | undefined) => ['plans', planId, { version }] as const,
  outline: (planId: string, version: number | undefined) =>
    ['plans', planId, 'outline', { version }] as const,
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

/**
 * The plan's lines and objectives without indicators and phases (GET /plans/{id}/outline): what the
 * plan page lists and the header needs, a tenth of the document for a large plan (issue 8).
 */
export function planOutlineQuery(planId: string | undefined, version?: number) {
  return queryOptions({
    queryKey: planQueryKeys.outline(planId ?? '', version),
    queryFn: ({ signal }) =>
      api(`/plans/${planId}/outline`, PlanOutlineSchema, { query: { version }, signal, large: true }),
    enabled: !!planId,
  });
}

export function usePlanOutline(planId: string | undefined, version?: number) {
  return useQuery(planOutlineQuery(planId, version));
}

/** `?version=N` of the current address, when it is a whole number ≥ 0. */
export function versionFromSearch(search: URLSearchParams): number | undefined {
  const raw = search.get('version');
  if (raw === null || !/^\d+$/.test(raw)) return undefined;
  return Number(raw);
}
