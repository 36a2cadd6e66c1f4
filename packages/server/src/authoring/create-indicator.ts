import type { CreateIndicator, IndicatorItem } from '@traguardo/domain/plan/plan-authoring.schema';
import { eq, sql } from 'drizzle-orm';
import { recordAudit } from '../audit/record-audit.ts';
import type { DbOrTx } from '../db/client.ts';
import { indicators } from '../db/schema/plans.ts';
import { presentIndicator } from './authoring.presenter.ts';
import { assertComputableExpression } from './check-expression.ts';
import { lockObjectiveDraft } from './draft-plan.ts';

export async function createIndicator(
  db: DbOrTx,
  options: { objectiveId: string; input: CreateIndicator; actorUserId: string | null },
): Promise<IndicatorItem> {
  assertComputableExpression(options.input.expression);
  return db.transaction(async (tx) => {
    const { objectiveId, plan } = await lockObjectiveDraft(tx, options.objectiveId);
    const [last] = await tx
      .select({ position: sql<number>`coalesce(max(${indicators.position}), -1)::int` })
      .from(indicators)
      .where(eq(indicators.objectiveId, objectiveId));
    const [row] = await tx
      .insert(indicators)
      .values({
        ...options.input,
        planId: plan.id,
        objectiveId,
        position: (last?.position ?? -1) + 1,
      })
      .returning();
    if (!row) throw new Error('insert returned nothing');
    await recordAudit(tx, {
      orgId: plan.orgId,
      actorUserId: options.actorUserId,
      action: 'create',
      entityType: 'indicator',
      entityId: row.id,
      after: row,
    });
    return presentIndicator(row);
  });
}
