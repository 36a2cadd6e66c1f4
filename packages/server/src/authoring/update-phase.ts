import type { PhaseItem, UpdatePhase } from '@traguardo/domain/plan/plan-authoring.schema';
import { eq } from 'drizzle-orm';
import { recordAudit } from '../audit/record-audit.ts';
import type { DbOrTx } from '../db/client.ts';
import { phases } from '../db/schema/plans.ts';
import { notFound } from '../errors/app-error.ts';
import { presentPhase } from './authoring.presenter.ts';
import { lockItemDraft } from './draft-plan.ts';
import { assertFresh } from './stale-item.ts';

export async function updatePhase(
  db: DbOrTx,
  options: { phaseId: string; changes: UpdatePhase; actorUserId: string | null },
): Promise<PhaseItem> {
  return db.transaction(async (tx) => {
    const { plan, before } = await lockItemDraft(tx, 'Phase', () =>
      tx.select().from(phases).where(eq(phases.id, options.phaseId)),
    );
    const { rowVersion, ...fields } = options.changes;
    await assertFresh(rowVersion, before.rowVersion, () => presentPhase(before));
    const [after] = await tx
      .update(phases)
      .set({ ...fields, rowVersion: before.rowVersion + 1 })
      .where(eq(phases.id, before.id))
      .returning();
    if (!after) throw notFound('Phase');
    await recordAudit(tx, {
      orgId: plan.orgId,
      actorUserId: options.actorUserId,
      action: 'update',
      entityType: 'phase',
      entityId: before.id,
      before,
      after,
    });
    return presentPhase(after);
  });
}
