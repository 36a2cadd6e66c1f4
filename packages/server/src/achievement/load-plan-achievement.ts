import { computePlanAchievement } from '@traguardo/domain/achievement/compute-plan-achievement';
import type { EvaluationRules } from '@traguardo/domain/achievement/evaluation-rules.schema';
import type { MeasurementInput } from '@traguardo/domain/achievement/pick-measurement';
import type { PlanAchievement } from '@traguardo/domain/achievement/plan-achievement.schema';
import type { PlanDocument } from '@traguardo/domain/plan/plan.schema';
import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.ts';
import { independentQueries } from '../db/independent-queries.ts';
import { measurements } from '../db/schema/measurements.ts';
import { loadPlanDocument } from '../plans/load-plan-document.ts';
import { loadEvaluationRules } from '../rules/load-evaluation-rules.ts';

export type AchievementInputs = {
  plan: PlanDocument;
  measurements: MeasurementInput[];
  rules: EvaluationRules;
};

/**
 * What achievement is computed from: the plan in force (the live rows, i.e. the latest adopted
 * version with its amended targets), every measurement of the plan, and the SMVP of the plan's
 * first year. A fixed number of queries whatever the size of the plan.
 */
export async function loadAchievementInputs(db: DbOrTx, planId: string): Promise<AchievementInputs> {
  const [plan, rows] = await independentQueries(db, [
    () => loadPlanDocument(db, planId),
    () =>
      db
        .select({
          id: measurements.id,
          indicatorId: measurements.indicatorId,
          date: measurements.date,
          final: measurements.final,
          value: measurements.value,
          sequence: measurements.sequence,
          status: measurements.status,
          variables: measurements.variables,
        })
        .from(measurements)
        .where(eq(measurements.planId, planId)),
  ]);
  const rules = await loadEvaluationRules(db, plan.orgId, plan.startYear);
  return { plan, measurements: rows.map((r) => ({ ...r, sequence: r.sequence ?? 0 })), rules };
}

/** The achievement of a plan as GET /plans/{planId}/achievement gives it; for evaluations and reports too. */
export async function loadPlanAchievement(db: DbOrTx, planId: string): Promise<PlanAchievement> {
  const inputs = await loadAchievementInputs(db, planId);
  return computePlanAchievement(inputs.plan, inputs.measurements, inputs.rules);
}
