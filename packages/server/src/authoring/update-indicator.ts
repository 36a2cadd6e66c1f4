import type { IndicatorItem, UpdateIndicator } from '@traguardo/domain/plan/plan-authoring.schema';
import { eq } from 'drizzle-orm';
import { recordAudit } from '../audit/record-audit.ts';
import type { DbOrTx } from '../db/client.ts';
import { indicators } from '../db/schema/plans.ts';
import { notFound } from '../errors/app-error.ts';
import { presentIndicator } from './authoring.presenter.ts';
import { assertComputableExpression } from './check-expression.ts';
import { lockItemDraft } from './draft-plan.ts';
import { assertFresh } from './stale-item.ts';

export async function updateIndicator(
  db: DbOrTx,
  options: { indicatorId: string; changes: UpdateIndicator; actorUserId: string | null },
): Promise<IndicatorItem> {
  assertComputableExpression(options.changes.expression);
  return db.transaction(async (tx) => {
    const { plan, before } = await lockItemDraft(tx, 'Indicator', () =>
      tx.select().from(indicators).where(eq(indicators.id, options.indicatorId)),
    );
    const { rowVersion, ...fields } = options.changes;
    await assertFresh(rowVersion, before.rowVersion, () => presentIndicator(before));
    const [after] = await tx
      .update(indicators)
      .set({ ...fields, rowVersion: before.rowVersion + 1 })
      .where(eq(indicators.id, before.id))
      .returning();
    if (!after) throw notFound('Indicator');
    await recordAudit(tx, {
      orgId: plan.orgId,
      actorUserId: options.actorUserId,
      action: 'update',
      entityType: 'indicator',
      entityId: before.id,
      before,
      after,
    });
    return presentIndicator(after);
  });
}
