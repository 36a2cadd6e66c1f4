import { eq } from 'drizzle-orm';
import { recordAudit } from '../audit/record-audit.ts';
import type { DbOrTx } from '../db/client.ts';
import { phases } from '../db/schema/plans.ts';
import { notFound } from '../errors/app-error.ts';
import { presentPhase } from './authoring.presenter.ts';
import { lockDraftPlan } from './draft-plan.ts';
import { assertFresh } from './stale-item.ts';

export async function deletePhase(
  db: DbOrTx,
  options: { phaseId: string; rowVersion?: number; actorUserId: string | null },
): Promise<void> {
  await db.transaction(async (tx) => {
    const [existing] = await tx
      .select({ planId: phases.planId })
      .from(phases)
      .where(eq(phases.id, options.phaseId));
    if (!existing) throw notFound('Phase');
    const plan = await lockDraftPlan(tx, existing.planId);
    const [before] = await tx.select().from(phases).where(eq(phases.id, options.phaseId));
    if (!before) throw notFound('Phase');
    if (options.rowVersion !== undefined)
      await assertFresh(options.rowVersion, before.rowVersion, () => presentPhase(before));
    await tx.delete(phases).where(eq(phases.id, before.id));
    await recordAudit(tx, {
      orgId: plan.orgId,
      actorUserId: options.actorUserId,
      action: 'delete',
      entityType: 'phase',
      entityId: before.id,
      before,
    });
  });
}
