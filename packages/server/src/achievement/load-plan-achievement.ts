import {
  type AchievementPlan,
  computePlanAchievement,
} from '@traguardo/domain/achievement/compute-plan-achievement';
import type { EvaluationRules } from '@traguardo/domain/achievement/evaluation-rules.schema';
import type { MeasurementInput } from '@traguardo/domain/achievement/pick-measurement';
import type { PlanAchievement } from '@traguardo/domain/achievement/plan-achievement.schema';
import type { PlanDocument } from '@traguardo/domain/plan/plan.schema';
import type { DbOrTx } from '../db/client.ts';
import { independentQueries } from '../db/independent-queries.ts';
import { loadPlanDocument } from '../plans/load-plan-document.ts';
import { loadEvaluationRules } from '../rules/load-evaluation-rules.ts';
import {
  type AchievementPlanWithRulesKey,
  loadAchievementPlan,
  loadPlanMeasurements,
} from './load-achievement-plan.ts';

export type AchievementInputs<P extends AchievementPlan = PlanDocument> = {
  plan: P;
  measurements: MeasurementInput[];
  rules: EvaluationRules;
};

/**
 * What achievement is computed from, with the whole plan document (for callers that need its
 * phases or texts too): the plan in force (the live rows, i.e. the latest adopted version with its
 * amended targets), every measurement of the plan, and the SMVP of the plan's first year. A fixed
 * number of queries whatever the size of the plan.
 */
export async function loadAchievementInputs(db: DbOrTx, planId: string): Promise<AchievementInputs> {
  return loadInputs(db, planId, () => loadPlanDocument(db, planId));
}

/** The achievement of a plan as GET /plans/{planId}/achievement gives it; for evaluations and reports too. */
export async function loadPlanAchievement(db: DbOrTx, planId: string): Promise<PlanAchievement> {
  const inputs = await loadInputs(db, planId, () => loadAchievementPlan(db, planId));
  return computePlanAchievement(inputs.plan, inputs.measurements, inputs.rules);
}

async function loadInputs<P extends AchievementPlanWithRulesKey>(
  db: DbOrTx,
  planId: string,
  loadPlan: () => Promise<P>,
): Promise<AchievementInputs<P>> {
  const [plan, measurements] = await independentQueries(db, [
    loadPlan,
    () => loadPlanMeasurements(db, planId),
  ]);
  const rules = await loadEvaluationRules(db, plan.orgId, plan.startYear);
  return { plan, measurements, rules };
}
