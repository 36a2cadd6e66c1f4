import type { PlanAchievement } from '@traguardo/domain/achievement/plan-achievement.schema';
import type { PlanDocument } from '@traguardo/domain/plan/plan.schema';
import type { DbOrTx } from '../db/client.ts';

/**
 * The achievement a document shows: that of the plan as it stands, and only for the version in
 * force (an older version's document carries no results). Null until measured.
 */
export async function loadDocumentAchievement(
  _db: DbOrTx,
  _plan: Pick<PlanDocument, 'id' | 'version' | 'currentVersion'>,
): Promise<PlanAchievement | null> {
  // Wired to loadPlanAchievement (src/achievement/) once it lands.
  return null;
}
