import { eq } from 'drizzle-orm';
import { recordAudit } from '../audit/record-audit.ts';
import type { DbOrTx } from '../db/client.ts';
import { objectives } from '../db/schema/plans.ts';
import { notFound } from '../errors/app-error.ts';
import { lockDraftPlan } from './draft-plan.ts';
import { loadObjectiveItem } from './load-objective-item.ts';
import { assertFresh } from './stale-item.ts';

/** In a draft an objective goes with its indicators and phases: nothing has been measured yet. */
export async function deleteObjective(
  db: DbOrTx,
  options: { objectiveId: string; rowVersion?: number; actorUserId: string | null },
): Promise<void> {
  await db.transaction(async (tx) => {
    const [existing] = await tx
      .select({ planId: objectives.planId })
      .from(objectives)
      .where(eq(objectives.id, options.objectiveId));
    if (!existing) throw notFound('Objective');
    const plan = await lockDraftPlan(tx, existing.planId);
    const before = await loadObjectiveItem(tx, options.objectiveId);
    if (options.rowVersion !== undefined)
      await assertFresh(options.rowVersion, before.rowVersion, () => before);
    await tx.delete(objectives).where(eq(objectives.id, before.id));
    await recordAudit(tx, {
      orgId: plan.orgId,
      actorUserId: options.actorUserId,
      action: 'delete',
      entityType: 'objective',
      entityId: before.id,
      before,
    });
  });
}
