import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  BonusDistributionSchema,
  EvaluationDetailSchema,
  EvaluationSummarySchema,
  OpenEvaluationsResultSchema,
  type ScoreEvaluation,
  type SelfAssessment,
} from '@traguardo/domain/evaluation/evaluation.schema';
import { z } from 'zod';
import { api, isApiError } from '../api/client.ts';

export const evaluationKeys = {
  list: (planId: string) => ['evaluations', 'plan', planId] as const,
  sheet: (id: string) => ['evaluations', 'sheet', id] as const,
  bonus: (planId: string) => ['bonus', planId] as const,
};

export function useEvaluations(planId: string) {
  return useQuery({
    queryKey: evaluationKeys.list(planId),
    queryFn: ({ signal }) =>
      api(`/plans/${planId}/evaluations`, z.array(EvaluationSummarySchema), { signal }),
  });
}

export function useOpenEvaluations(planId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => api(`/plans/${planId}/evaluations`, OpenEvaluationsResultSchema, { method: 'POST' }),
    onSuccess: (result) => client.setQueryData(evaluationKeys.list(planId), result.evaluations),
  });
}

export function useEvaluation(id: string) {
  return useQuery({
    queryKey: evaluationKeys.sheet(id),
    queryFn: ({ signal }) => api(`/evaluations/${id}`, EvaluationDetailSchema, { signal }),
    // Every load is a recorded reading: no refetch on window focus.
    refetchOnWindowFocus: false,
  });
}

export type SheetStep =
  | { step: 'score'; body: ScoreEvaluation }
  | { step: 'self-assessment'; body: SelfAssessment }
  | { step: 'deliver' | 'acknowledge' | 'finalize'; body: { note?: string } }
  | { step: 'contest'; body: { reason: string } }
  | { step: 'review'; body: { note: string; behaviours?: ScoreEvaluation['behaviours'] } };

/** Every change to a sheet answers with the sheet: the page shows it at once. */
export function useSheetStep(id: string, planId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: SheetStep) =>
      input.step === 'score'
        ? api(`/evaluations/${id}`, EvaluationDetailSchema, { method: 'PUT', body: input.body })
        : input.step === 'self-assessment'
          ? api(`/evaluations/${id}/self-assessment`, EvaluationDetailSchema, {
              method: 'PUT',
              body: input.body,
            })
          : api(`/evaluations/${id}/${input.step}`, EvaluationDetailSchema, {
              method: 'POST',
              body: input.body,
            }),
    onSuccess: (sheet) => {
      client.setQueryData(evaluationKeys.sheet(id), sheet);
      void client.invalidateQueries({ queryKey: evaluationKeys.list(planId) });
    },
  });
}

export function useBonusDistribution(planId: string, enabled: boolean) {
  return useQuery({
    queryKey: evaluationKeys.bonus(planId),
    enabled,
    retry: false,
    // 404 means "no distribution yet", an ordinary state of the page rather than a failure.
    queryFn: ({ signal }) =>
      api(`/plans/${planId}/bonus-distribution`, BonusDistributionSchema, { signal }).catch(
        (error: unknown) => {
          if (isApiError(error, 404)) return null;
          throw error;
        },
      ),
  });
}

export function useDistributeBonus(planId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (fundCents: number) =>
      api(`/plans/${planId}/bonus-distribution`, BonusDistributionSchema, {
        method: 'POST',
        body: { fundCents },
      }),
    onSuccess: (d) => {
      client.setQueryData(evaluationKeys.bonus(planId), d);
      void client.invalidateQueries({ queryKey: evaluationKeys.list(planId) });
    },
  });
}

export function useMarkBonusPaid(planId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      api(`/plans/${planId}/bonus-distribution/${id}/paid`, BonusDistributionSchema, { method: 'POST' }),
    onSuccess: (d) => client.setQueryData(evaluationKeys.bonus(planId), d),
  });
}
