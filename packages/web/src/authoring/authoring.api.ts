import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { PlanCheckSchema } from '@traguardo/domain/checker/plan-problem';
import { PlanDocumentSchema } from '@traguardo/domain/plan/plan.schema';
import {
  AdoptionSchema,
  type AdoptPlanInput,
  type CreateIndicatorInput,
  type CreateObjectiveInput,
  type CreatePhaseInput,
  type CreatePlanInput,
  type CreateStrategicLine,
  IndicatorItemSchema,
  ObjectiveItemSchema,
  PhaseItemSchema,
  StrategicLineItemSchema,
  type UpdateIndicator,
  type UpdateObjective,
  type UpdatePhase,
  type UpdatePlan,
  type UpdateStrategicLine,
} from '@traguardo/domain/plan/plan-authoring.schema';
import {
  type CreatePersonInput,
  type CreateUnit,
  PeopleImportResultSchema,
  PersonItemSchema,
  UnitItemSchema,
  type UpdatePerson,
  type UpdateUnit,
} from '@traguardo/domain/plan/units-people.schema';
import { z } from 'zod';
import { api, apiNoContent } from '../api/client.ts';
import { orgQueryKeys } from '../orgs/orgs.api.ts';

/** Every call of the authoring pages; each write refreshes what it changed. */

export const authoringKeys = {
  plan: (planId: string) => ['plans', planId] as const,
  check: (planId: string) => ['plans', planId, 'check'] as const,
  units: (orgId: string) => ['orgs', orgId, 'units'] as const,
  people: (orgId: string) => ['orgs', orgId, 'people'] as const,
};

export function usePlanCheck(planId: string) {
  return useQuery({
    queryKey: authoringKeys.check(planId),
    queryFn: ({ signal }) => api(`/plans/${planId}/check`, PlanCheckSchema, { signal }),
    staleTime: 0,
  });
}

export function useUnits(orgId: string | undefined) {
  return useQuery({
    queryKey: authoringKeys.units(orgId ?? ''),
    queryFn: ({ signal }) => api(`/orgs/${orgId}/units`, z.array(UnitItemSchema), { signal }),
    enabled: !!orgId,
  });
}

export function usePeople(orgId: string | undefined) {
  return useQuery({
    queryKey: authoringKeys.people(orgId ?? ''),
    queryFn: ({ signal }) => api(`/orgs/${orgId}/people`, z.array(PersonItemSchema), { signal }),
    enabled: !!orgId,
  });
}

/** A write to a plan's content: afterwards the plan and its check are read again. */
function usePlanWrite<V, R>(planId: string, write: (variables: V) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSettled: () => client.invalidateQueries({ queryKey: authoringKeys.plan(planId) }),
  });
}

export const useCreatePlan = (orgId: string) => {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: CreatePlanInput) =>
      api(`/orgs/${orgId}/plans`, PlanDocumentSchema, { method: 'POST', body: input }),
    onSuccess: () => client.invalidateQueries({ queryKey: orgQueryKeys.plans(orgId) }),
  });
};

export const useUpdatePlan = (planId: string) =>
  usePlanWrite(planId, (changes: UpdatePlan) =>
    api(`/plans/${planId}`, PlanDocumentSchema, { method: 'PATCH', body: changes }),
  );

export const useCreateLine = (planId: string) =>
  usePlanWrite(planId, (input: CreateStrategicLine) =>
    api(`/plans/${planId}/strategic-lines`, StrategicLineItemSchema, { method: 'POST', body: input }),
  );

export const useUpdateLine = (planId: string) =>
  usePlanWrite(planId, ({ id, changes }: { id: string; changes: UpdateStrategicLine }) =>
    api(`/strategic-lines/${id}`, StrategicLineItemSchema, { method: 'PATCH', body: changes }),
  );

export const useDeleteLine = (planId: string) =>
  usePlanWrite(planId, (id: string) => apiNoContent(`/strategic-lines/${id}`, { method: 'DELETE' }));

export const useCreateObjective = (planId: string) =>
  usePlanWrite(planId, (input: CreateObjectiveInput) =>
    api(`/plans/${planId}/objectives`, ObjectiveItemSchema, { method: 'POST', body: input }),
  );

export const useUpdateObjective = (planId: string) =>
  usePlanWrite(planId, ({ id, changes }: { id: string; changes: UpdateObjective }) =>
    api(`/objectives/${id}`, ObjectiveItemSchema, { method: 'PATCH', body: changes }),
  );

export const useDeleteObjective = (planId: string) =>
  usePlanWrite(planId, (id: string) => apiNoContent(`/objectives/${id}`, { method: 'DELETE' }));

export const useCreateIndicator = (planId: string) =>
  usePlanWrite(planId, ({ objectiveId, input }: { objectiveId: string; input: CreateIndicatorInput }) =>
    api(`/objectives/${objectiveId}/indicators`, IndicatorItemSchema, { method: 'POST', body: input }),
  );

export const useUpdateIndicator = (planId: string) =>
  usePlanWrite(planId, ({ id, changes }: { id: string; changes: UpdateIndicator }) =>
    api(`/indicators/${id}`, IndicatorItemSchema, { method: 'PATCH', body: changes }),
  );

export const useDeleteIndicator = (planId: string) =>
  usePlanWrite(planId, (id: string) => apiNoContent(`/indicators/${id}`, { method: 'DELETE' }));

export const useCreatePhase = (planId: string) =>
  usePlanWrite(planId, ({ objectiveId, input }: { objectiveId: string; input: CreatePhaseInput }) =>
    api(`/objectives/${objectiveId}/phases`, PhaseItemSchema, { method: 'POST', body: input }),
  );

/** Phase writes do not refresh the plan: the calendar keeps its own state between quick clicks. */
export const updatePhase = (id: string, changes: UpdatePhase) =>
  api(`/phases/${id}`, PhaseItemSchema, { method: 'PATCH', body: changes });

export const useDeletePhase = (planId: string) =>
  usePlanWrite(planId, (id: string) => apiNoContent(`/phases/${id}`, { method: 'DELETE' }));

export const useAdoptPlan = (planId: string) =>
  usePlanWrite(planId, (input: AdoptPlanInput) =>
    api(`/plans/${planId}/adopt`, AdoptionSchema, { method: 'POST', body: input }),
  );

/** Units and people change the organisation page too. */
function useOrgWrite<V, R>(orgId: string, write: (variables: V) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSettled: () => client.invalidateQueries({ queryKey: orgQueryKeys.one(orgId) }),
  });
}

export const useCreateUnit = (orgId: string) =>
  useOrgWrite(orgId, (input: CreateUnit) =>
    api(`/orgs/${orgId}/units`, UnitItemSchema, { method: 'POST', body: input }),
  );

export const useUpdateUnit = (orgId: string) =>
  useOrgWrite(orgId, ({ id, changes }: { id: string; changes: UpdateUnit }) =>
    api(`/orgs/${orgId}/units/${id}`, UnitItemSchema, { method: 'PATCH', body: changes }),
  );

export const useDeleteUnit = (orgId: string) =>
  useOrgWrite(orgId, (id: string) => apiNoContent(`/orgs/${orgId}/units/${id}`, { method: 'DELETE' }));

export const useCreatePerson = (orgId: string) =>
  useOrgWrite(orgId, (input: CreatePersonInput) =>
    api(`/orgs/${orgId}/people`, PersonItemSchema, { method: 'POST', body: input }),
  );

export const useUpdatePerson = (orgId: string) =>
  useOrgWrite(orgId, ({ id, changes }: { id: string; changes: UpdatePerson }) =>
    api(`/orgs/${orgId}/people/${id}`, PersonItemSchema, { method: 'PATCH', body: changes }),
  );

export const useDeletePerson = (orgId: string) =>
  useOrgWrite(orgId, (id: string) => apiNoContent(`/orgs/${orgId}/people/${id}`, { method: 'DELETE' }));

export const useImportPeople = (orgId: string) =>
  useOrgWrite(orgId, (file: File) => {
    const form = new FormData();
    form.append('file', file);
    return api(`/orgs/${orgId}/people/import`, PeopleImportResultSchema, { method: 'POST', body: form });
  });
