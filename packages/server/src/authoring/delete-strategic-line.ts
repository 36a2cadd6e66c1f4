import { and, count, eq } from 'drizzle-orm';
import { recordAudit } from '../audit/record-audit.ts';
import type { DbOrTx } from '../db/client.ts';
import { objectives, strategicLines } from '../db/schema/plans.ts';
import { conflict, notFound } from '../errors/app-error.ts';
import { presentLine } from './authoring.presenter.ts';
import { lockDraftPlan } from './draft-plan.ts';
import { assertFresh } from './stale-item.ts';

/** Only an empty line goes: its objectives would otherwise drop out of the plan unseen. */
export async function deleteStrategicLine(
  db: DbOrTx,
  options: { lineId: string; rowVersion?: number; actorUserId: string | null },
): Promise<void> {
  await db.transaction(async (tx) => {
    const [existing] = await tx.select().from(strategicLines).where(eq(strategicLines.id, options.lineId));
    if (!existing) throw notFound('Strategic line');
    const plan = await lockDraftPlan(tx, existing.planId);
    if (options.rowVersion !== undefined)
      await assertFresh(options.rowVersion, existing.rowVersion, () => presentLine(existing));
    const [used] = await tx
      .select({ n: count() })
      .from(objectives)
      .where(and(eq(objectives.strategicLineId, existing.id)));
    if ((used?.n ?? 0) > 0)
      throw conflict('The strategic line still has objectives: move or delete them first');
    await tx.delete(strategicLines).where(eq(strategicLines.id, existing.id));
    await recordAudit(tx, {
      orgId: plan.orgId,
      actorUserId: options.actorUserId,
      action: 'delete',
      entityType: 'strategic_line',
      entityId: existing.id,
      before: existing,
    });
  });
}
