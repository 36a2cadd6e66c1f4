import type { Indicator, Objective, PlanDocument } from '@traguardo/domain/plan/plan.schema';

export function findIndicator(
  plan: PlanDocument,
  indicatorId: string,
): { objective: Objective; indicator: Indicator } | null {
  for (const line of plan.strategicLines)
    for (const objective of line.objectives)
      for (const indicator of objective.indicators)
        if (indicator.id === indicatorId) return { objective, indicator };
  return null;
}
