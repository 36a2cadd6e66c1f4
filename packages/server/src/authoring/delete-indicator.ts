import { eq } from 'drizzle-orm';
import { recordAudit } from '../audit/record-audit.ts';
import type { DbOrTx } from '../db/client.ts';
import { indicators } from '../db/schema/plans.ts';
import { presentIndicator } from './authoring.presenter.ts';
import { lockItemDraft } from './draft-plan.ts';
import { assertFresh } from './stale-item.ts';

export async function deleteIndicator(
  db: DbOrTx,
  options: { indicatorId: string; rowVersion?: number; actorUserId: string | null },
): Promise<void> {
  await db.transaction(async (tx) => {
    const { plan, before } = await lockItemDraft(tx, 'Indicator', () =>
      tx.select().from(indicators).where(eq(indicators.id, options.indicatorId)),
    );
    if (options.rowVersion !== undefined)
      await assertFresh(options.rowVersion, before.rowVersion, () => presentIndicator(before));
    await tx.delete(indicators).where(eq(indicators.id, before.id));
    await recordAudit(tx, {
      orgId: plan.orgId,
      actorUserId: options.actorUserId,
      action: 'delete',
      entityType: 'indicator',
      entityId: before.id,
      before,
    });
  });
}
