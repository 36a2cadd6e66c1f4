import type { StrategicLineItem, UpdateStrategicLine } from '@traguardo/domain/plan/plan-authoring.schema';
import { eq } from 'drizzle-orm';
import { recordAudit } from '../audit/record-audit.ts';
import type { DbOrTx } from '../db/client.ts';
import { strategicLines } from '../db/schema/plans.ts';
import { notFound } from '../errors/app-error.ts';
import { presentLine } from './authoring.presenter.ts';
import { lockItemDraft } from './draft-plan.ts';
import { assertFresh } from './stale-item.ts';

export async function updateStrategicLine(
  db: DbOrTx,
  options: { lineId: string; changes: UpdateStrategicLine; actorUserId: string | null },
): Promise<StrategicLineItem> {
  return db.transaction(async (tx) => {
    const { plan, before } = await lockItemDraft(tx, 'Strategic line', () =>
      tx.select().from(strategicLines).where(eq(strategicLines.id, options.lineId)),
    );
    const { rowVersion, ...fields } = options.changes;
    await assertFresh(rowVersion, before.rowVersion, () => presentLine(before));
    const [after] = await tx
      .update(strategicLines)
      .set({ ...fields, rowVersion: before.rowVersion + 1 })
      .where(eq(strategicLines.id, before.id))
      .returning();
    if (!after) throw notFound('Strategic line');
    await recordAudit(tx, {
      orgId: plan.orgId,
      actorUserId: options.actorUserId,
      action: 'update',
      entityType: 'strategic_line',
      entityId: before.id,
      before,
      after,
    });
    return presentLine(after);
  });
}
