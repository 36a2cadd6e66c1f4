import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { AmendmentSchema, PlanVersionSchema } from '@traguardo/domain/change-request/amendment.schema';
import {
  ChangeRequestSchema,
  type ChangeRequestStatus,
  type CreateAmendmentInput,
  type DecideChangeRequestInput,
  type FileChangeRequestInput,
} from '@traguardo/domain/change-request/change-request.schema';
import { PlanDiffSchema } from '@traguardo/domain/diff/diff-plan-documents';
import { z } from 'zod';
import { api } from '../api/client.ts';

export const changeRequestKeys = {
  all: ['change-requests'] as const,
  list: (planId: string, status?: ChangeRequestStatus) =>
    ['change-requests', 'plan', planId, { status }] as const,
  one: (id: string) => ['change-requests', 'one', id] as const,
  versions: (planId: string) => ['plans', planId, 'versions'] as const,
  diff: (planId: string, from: number, to: number) => ['plans', planId, 'diff', from, to] as const,
};

export function useChangeRequests(planId: string, status?: ChangeRequestStatus) {
  return useQuery({
    queryKey: changeRequestKeys.list(planId, status),
    queryFn: ({ signal }) =>
      api(`/plans/${planId}/change-requests`, z.array(ChangeRequestSchema), { query: { status }, signal }),
    enabled: !!planId,
  });
}

export function useChangeRequest(id: string) {
  return useQuery({
    queryKey: changeRequestKeys.one(id),
    queryFn: ({ signal }) => api(`/change-requests/${id}`, ChangeRequestSchema, { signal }),
    enabled: !!id,
  });
}

export function usePlanVersions(planId: string) {
  return useQuery({
    queryKey: changeRequestKeys.versions(planId),
    queryFn: ({ signal }) => api(`/plans/${planId}/versions`, z.array(PlanVersionSchema), { signal }),
    enabled: !!planId,
  });
}

export function usePlanDiff(planId: string, from: number | undefined, to: number | undefined) {
  return useQuery({
    queryKey: changeRequestKeys.diff(planId, from ?? -1, to ?? -1),
    queryFn: ({ signal }) => api(`/plans/${planId}/diff`, PlanDiffSchema, { query: { from, to }, signal }),
    enabled: !!planId && from !== undefined && to !== undefined,
  });
}

/** After any write, the lists, the plan and its versions are read again. */
function useInvalidateAll() {
  const client = useQueryClient();
  return () =>
    client.invalidateQueries({
      predicate: (q) => ['change-requests', 'plans'].includes(String(q.queryKey[0])),
    });
}

export function useFileChangeRequest(planId: string) {
  const invalidate = useInvalidateAll();
  return useMutation({
    mutationFn: (input: FileChangeRequestInput) =>
      api(`/plans/${planId}/change-requests`, ChangeRequestSchema, { method: 'POST', body: input }),
    onSuccess: invalidate,
  });
}

export function useDecideChangeRequest(id: string) {
  const invalidate = useInvalidateAll();
  return useMutation({
    mutationFn: (input: DecideChangeRequestInput) =>
      api(`/change-requests/${id}/decision`, ChangeRequestSchema, { method: 'POST', body: input }),
    onSuccess: invalidate,
  });
}

export function useCreateAmendment(planId: string) {
  const invalidate = useInvalidateAll();
  return useMutation({
    mutationFn: (input: CreateAmendmentInput) =>
      api(`/plans/${planId}/amendments`, AmendmentSchema, { method: 'POST', body: input }),
    onSuccess: invalidate,
  });
}

export const variationDocumentUrl = (planId: string, amendmentId: string, format: 'pdf' | 'xlsx') =>
  `/api/v1/plans/${planId}/amendments/${amendmentId}/document.${format}`;
