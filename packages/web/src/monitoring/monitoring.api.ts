import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type DashboardFilters, DashboardSchema } from '@traguardo/domain/achievement/dashboard.schema';
import {
  EvidenceSchema,
  MeasurementSchema,
  type RecordMeasurement,
  type ValidateMeasurement,
} from '@traguardo/domain/achievement/measurement.schema';
import { MyTasksSchema } from '@traguardo/domain/achievement/my-tasks.schema';
import { PlanAchievementSchema } from '@traguardo/domain/achievement/plan-achievement.schema';
import { z } from 'zod';
import { api, apiPage, apiRelative } from '../api/client.ts';

export const monitoringKeys = {
  achievement: (planId: string) => ['achievement', planId] as const,
  dashboard: (planId: string, filters?: DashboardFilters) => ['dashboard', planId, filters ?? {}] as const,
  measurements: (indicatorId: string) => ['measurements', indicatorId] as const,
  tasks: (orgId: string) => ['tasks', orgId] as const,
};

export function useAchievement(planId: string | undefined) {
  return useQuery({
    queryKey: monitoringKeys.achievement(planId ?? ''),
    queryFn: ({ signal }) => api(`/plans/${planId}/achievement`, PlanAchievementSchema, { signal }),
    enabled: !!planId,
  });
}

export function useDashboard(planId: string, filters: DashboardFilters) {
  return useQuery({
    queryKey: monitoringKeys.dashboard(planId, filters),
    queryFn: ({ signal }) => api(`/plans/${planId}/dashboard`, DashboardSchema, { query: filters, signal }),
  });
}

/**
 * The pages of a dashboard list after its first one (which comes with the dashboard), from the `next`
 * path the dashboard gave, then from each page's Link header; only once `wanted`.
 */
export function useDashboardListMore<S extends z.ZodType>(
  planId: string,
  next: string | null,
  itemSchema: S,
  wanted: boolean,
) {
  return useInfiniteQuery({
    // Under ['dashboard', planId]: a new measurement refreshes these pages too. `next` holds the list,
    // the filters, the day and the page size.
    queryKey: ['dashboard', planId, 'more', next],
    queryFn: ({ pageParam, signal }) => apiPage(pageParam, itemSchema, { signal }),
    initialPageParam: apiRelative(next ?? ''),
    getNextPageParam: (page) => page.next ?? undefined,
    enabled: wanted && next !== null,
  });
}

export function useMeasurements(indicatorId: string) {
  return useQuery({
    queryKey: monitoringKeys.measurements(indicatorId),
    queryFn: ({ signal }) =>
      api(`/indicators/${indicatorId}/measurements`, z.array(MeasurementSchema), { signal }),
  });
}

export function useMyTasks(orgId: string) {
  return useQuery({
    queryKey: monitoringKeys.tasks(orgId),
    queryFn: ({ signal }) => api('/me/tasks', MyTasksSchema, { query: { orgId }, signal }),
  });
}

/** After a measurement changes, every figure built on it is stale. */
function useRefreshAfterMeasurement(indicatorId: string, planId: string) {
  const client = useQueryClient();
  return () =>
    Promise.all([
      client.invalidateQueries({ queryKey: monitoringKeys.measurements(indicatorId) }),
      client.invalidateQueries({ queryKey: monitoringKeys.achievement(planId) }),
      client.invalidateQueries({ queryKey: ['dashboard', planId] }),
      client.invalidateQueries({ queryKey: ['tasks'] }),
    ]);
}

/** Records a measurement, then attaches the evidence files chosen with it. */
export function useRecordMeasurement(indicatorId: string, planId: string) {
  const refresh = useRefreshAfterMeasurement(indicatorId, planId);
  return useMutation({
    mutationFn: async ({ input, files }: { input: RecordMeasurement; files: File[] }) => {
      const created = await api(`/indicators/${indicatorId}/measurements`, MeasurementSchema, {
        method: 'POST',
        body: input,
      });
      for (const file of files) await uploadEvidence(created.id, file);
      return created;
    },
    onSettled: refresh,
  });
}

export function uploadEvidence(measurementId: string, file: File) {
  const form = new FormData();
  form.append('file', file, file.name);
  return api(`/measurements/${measurementId}/evidence`, EvidenceSchema, { method: 'POST', body: form });
}

export function useValidateMeasurement(indicatorId: string, planId: string) {
  const refresh = useRefreshAfterMeasurement(indicatorId, planId);
  return useMutation({
    mutationFn: ({ measurementId, input }: { measurementId: string; input: ValidateMeasurement }) =>
      api(`/measurements/${measurementId}/validation`, MeasurementSchema, { method: 'POST', body: input }),
    onSettled: refresh,
  });
}

export const evidenceUrl = (measurementId: string, evidenceId: string) =>
  `/api/v1/measurements/${measurementId}/evidence/${evidenceId}`;

export function dashboardXlsxUrl(planId: string, filters: DashboardFilters): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(filters)) if (v) params.set(k, v);
  const qs = params.toString();
  return `/api/v1/plans/${planId}/dashboard.xlsx${qs ? `?${qs}` : ''}`;
}

export const myTasksXlsxUrl = (orgId: string) => `/api/v1/me/tasks.xlsx?orgId=${encodeURIComponent(orgId)}`;
