import { eq } from 'drizzle-orm';
import { recordAudit } from '../audit/record-audit.ts';
import type { DbOrTx } from '../db/client.ts';
import { phases } from '../db/schema/plans.ts';
import { presentPhase } from './authoring.presenter.ts';
import { lockItemDraft } from './draft-plan.ts';
import { assertFresh } from './stale-item.ts';

export async function deletePhase(
  db: DbOrTx,
  options: { phaseId: string; rowVersion?: number; actorUserId: string | null },
): Promise<void> {
  await db.transaction(async (tx) => {
    const { plan, before } = await lockItemDraft(tx, 'Phase', () =>
      tx.select().from(phases).where(eq(phases.id, options.phaseId)),
    );
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
