import { computePlanAchievement } from '@traguardo/domain/achievement/compute-plan-achievement';
import type { EvaluationRules } from '@traguardo/domain/achievement/evaluation-rules.schema';
import type { MeasurementInput } from '@traguardo/domain/achievement/pick-measurement';
import type { PlanAchievement } from '@traguardo/domain/achievement/plan-achievement.schema';
import type { PlanDocument } from '@traguardo/domain/plan/plan.schema';
import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.ts';
import { independentQueries } from '../db/independent-queries.ts';
import { queryJsonText } from '../db/query-json-text.ts';
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
  const [plan, measurementsJson] = await independentQueries(db, [
    () => loadPlanDocument(db, planId),
    () =>
      queryJsonText(
        db,
        sql`select coalesce(json_agg(json_build_object(
          'id', m.id, 'indicatorId', m.indicator_id, 'date', m.date, 'final', m.final, 'value', m.value,
          'sequence', coalesce(m.sequence, 0), 'status', m.status, 'variables', m.variables
        )), '[]')::text as json
        from measurements m where m.plan_id = ${planId}`,
      ),
  ]);
  const rules = await loadEvaluationRules(db, plan.orgId, plan.startYear);
  // The columns above are the MeasurementInput fields, not null where the type says so.
  const planMeasurements: MeasurementInput[] = JSON.parse(measurementsJson ?? '[]');
  return { plan, measurements: planMeasurements, rules };
}

/** The achievement of a plan as GET /plans/{planId}/achievement gives it; for evaluations and reports too. */
export async function loadPlanAchievement(db: DbOrTx, planId: string): Promise<PlanAchievement> {
  const inputs = await loadAchievementInputs(db, planId);
  return computePlanAchievement(inputs.plan, inputs.measurements, inputs.rules);
}
