import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  EvaluationRulesSchema,
  type UpdateEvaluationRules,
} from '@traguardo/domain/achievement/evaluation-rules.schema';
import { api } from '../api/client.ts';

export const rulesKey = (orgId: string) => ['evaluation-rules', orgId] as const;

export function useEvaluationRules(orgId: string) {
  return useQuery({
    queryKey: rulesKey(orgId),
    queryFn: ({ signal }) => api(`/orgs/${orgId}/evaluation-rules`, EvaluationRulesSchema, { signal }),
  });
}

export function useSaveEvaluationRules(orgId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: UpdateEvaluationRules) =>
      api(`/orgs/${orgId}/evaluation-rules`, EvaluationRulesSchema, { method: 'PUT', body: input }),
    onSuccess: (saved) => {
      client.setQueryData(rulesKey(orgId), saved);
      // Floor, cap and methods change every achievement figure.
      void client.invalidateQueries({ queryKey: ['achievement'] });
      void client.invalidateQueries({ queryKey: ['dashboard'] });
    },
  });
}
