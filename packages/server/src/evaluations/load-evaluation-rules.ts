import type { EvaluationRules } from '@traguardo/domain/achievement/evaluation-rules.schema';
import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.ts';
import { plans } from '../db/schema/plans.ts';
import { notFound } from '../errors/app-error.ts';
import { loadEvaluationRules } from '../rules/load-evaluation-rules.ts';

/** The SMVP in force for a plan: the organisation's rules for the plan's first year, else its default. */
export async function loadRulesForPlan(db: DbOrTx, planId: string): Promise<EvaluationRules> {
  const [plan] = await db
    .select({ orgId: plans.orgId, startYear: plans.startYear })
    .from(plans)
    .where(eq(plans.id, planId));
  if (!plan) throw notFound('Plan');
  return loadEvaluationRules(db, plan.orgId, plan.startYear);
}
