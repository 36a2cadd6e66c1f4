import { computePlanAchievement } from '@traguardo/domain/achievement/compute-plan-achievement';
import { DEFAULT_ACHIEVEMENT_RULES } from '@traguardo/domain/achievement/evaluation-rules.schema';
import type { PlanAchievement } from '@traguardo/domain/achievement/plan-achievement.schema';
import type { PlanDocument } from '@traguardo/domain/plan/plan.schema';
import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.ts';
import { measurements } from '../db/schema/measurements.ts';
import { plans } from '../db/schema/plans.ts';

/**
 * The achievement a document shows: that of the plan in force. A superseded version's document
 * carries no results (they are measured against the version in force), nor does a draft.
 */
export async function loadDocumentAchievement(
  db: DbOrTx,
  plan: PlanDocument,
): Promise<PlanAchievement | null> {
  const [row] = await db
    .select({ currentVersion: plans.currentVersion })
    .from(plans)
    .where(eq(plans.id, plan.id));
  if (!row || row.currentVersion === null || row.currentVersion !== plan.version) return null;
  // Until src/achievement/load-plan-achievement.ts lands: the domain computation with default rules.
  const rows = await db.select().from(measurements).where(eq(measurements.planId, plan.id));
  return computePlanAchievement(
    plan,
    rows.map((m) => ({ ...m, sequence: m.sequence })),
    DEFAULT_ACHIEVEMENT_RULES,
  );
}
