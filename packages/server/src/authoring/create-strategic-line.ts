import type { CreateStrategicLine, StrategicLineItem } from '@traguardo/domain/plan/plan-authoring.schema';
import { eq, sql } from 'drizzle-orm';
import { recordAudit } from '../audit/record-audit.ts';
import type { DbOrTx } from '../db/client.ts';
import { strategicLines } from '../db/schema/plans.ts';
import { presentLine } from './authoring.presenter.ts';
import { lockDraftPlan } from './draft-plan.ts';

export async function createStrategicLine(
  db: DbOrTx,
  options: { planId: string; input: CreateStrategicLine; actorUserId: string | null },
): Promise<StrategicLineItem> {
  return db.transaction(async (tx) => {
    const plan = await lockDraftPlan(tx, options.planId);
    const [last] = await tx
      .select({ position: sql<number>`coalesce(max(${strategicLines.position}), -1)::int` })
      .from(strategicLines)
      .where(eq(strategicLines.planId, plan.id));
    const [line] = await tx
      .insert(strategicLines)
      .values({
        planId: plan.id,
        code: options.input.code ?? null,
        title: options.input.title,
        description: options.input.description ?? null,
        position: (last?.position ?? -1) + 1,
      })
      .returning();
    if (!line) throw new Error('insert returned nothing');
    await recordAudit(tx, {
      orgId: plan.orgId,
      actorUserId: options.actorUserId,
      action: 'create',
      entityType: 'strategic_line',
      entityId: line.id,
      after: line,
    });
    return presentLine(line);
  });
}
