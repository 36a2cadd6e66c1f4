import type { Objective, PlanDocument, StrategicLine } from '@traguardo/domain/plan/plan.schema';

/** The objective `objectiveId` of the plan with the strategic line it belongs to, or null. */
export function findObjective(
  plan: Pick<PlanDocument, 'strategicLines'>,
  objectiveId: string,
): { line: StrategicLine; objective: Objective } | null {
  for (const line of plan.strategicLines) {
    const objective = line.objectives.find((o) => o.id === objectiveId);
    if (objective) return { line, objective };
  }
  return null;
}
