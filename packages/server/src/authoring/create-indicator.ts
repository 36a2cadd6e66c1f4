import type { CreateIndicator, IndicatorItem } from '@traguardo/domain/plan/plan-authoring.schema';
import { eq, sql } from 'drizzle-orm';
import { recordAudit } from '../audit/record-audit.ts';
import type { DbOrTx } from '../db/client.ts';
import { indicators, objectives } from '../db/schema/plans.ts';
import { notFound } from '../errors/app-error.ts';
import { presentIndicator } from './authoring.presenter.ts';
import { assertComputableExpression } from './check-expression.ts';
import { lockDraftPlan } from './draft-plan.ts';

export async function createIndicator(
  db: DbOrTx,
  options: { objectiveId: string; input: CreateIndicator; actorUserId: string | null },
): Promise<IndicatorItem> {
  assertComputableExpression(options.input.expression);
  return db.transaction(async (tx) => {
    const [objective] = await tx
      .select({ id: objectives.id, planId: objectives.planId })
      .from(objectives)
      .where(eq(objectives.id, options.objectiveId));
    if (!objective) throw notFound('Objective');
    const plan = await lockDraftPlan(tx, objective.planId);
    const [last] = await tx
      .select({ position: sql<number>`coalesce(max(${indicators.position}), -1)::int` })
      .from(indicators)
      .where(eq(indicators.objectiveId, objective.id));
    const [row] = await tx
      .insert(indicators)
      .values({
        ...options.input,
        planId: plan.id,
        objectiveId: objective.id,
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
