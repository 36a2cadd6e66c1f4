import type { PlanAchievement } from '@traguardo/domain/achievement/plan-achievement.schema';
import type { PlanDocument } from '@traguardo/domain/plan/plan.schema';
import { eq } from 'drizzle-orm';
import { loadPlanAchievement } from '../achievement/load-plan-achievement.ts';
import type { DbOrTx } from '../db/client.ts';
import { plans } from '../db/schema/plans.ts';

/**
 * The achievement a document shows: that of the plan in force. A superseded version's document
 * carries no results (they are measured against the version in force), nor does a draft.
 */
export async function loadDocumentAchievement(
  db: DbOrTx,
  plan: Pick<PlanDocument, 'id' | 'version'>,
): Promise<PlanAchievement | null> {
  const [row] = await db
    .select({ currentVersion: plans.currentVersion })
    .from(plans)
    .where(eq(plans.id, plan.id));
  if (!row || row.currentVersion === null || row.currentVersion !== plan.version) return null;
  return loadPlanAchievement(db, plan.id);
}
