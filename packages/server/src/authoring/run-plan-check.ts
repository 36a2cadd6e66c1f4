import { checkPlan } from '@traguardo/domain/checker/check-plan';
import type { PlanCheck } from '@traguardo/domain/checker/plan-problem';
import type { DbOrTx } from '../db/client.ts';
import { loadPlanDocument } from '../plans/load-plan-document.ts';

/**
 * The plan checker over the plan as it stands. The evaluation rules set no expected total of a
 * person's objective weights yet, so that one check stays off until they do.
 */
export async function runPlanCheck(db: DbOrTx, planId: string): Promise<PlanCheck> {
  const doc = await loadPlanDocument(db, planId);
  return checkPlan(doc, { expectedPersonObjectiveWeight: null });
}
