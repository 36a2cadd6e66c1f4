import type { CreatePhase, PhaseItem } from '@traguardo/domain/plan/plan-authoring.schema';
import { eq, sql } from 'drizzle-orm';
import { recordAudit } from '../audit/record-audit.ts';
import type { DbOrTx } from '../db/client.ts';
import { phases } from '../db/schema/plans.ts';
import { presentPhase } from './authoring.presenter.ts';
import { lockObjectiveDraft } from './draft-plan.ts';

export async function createPhase(
  db: DbOrTx,
  options: { objectiveId: string; input: CreatePhase; actorUserId: string | null },
): Promise<PhaseItem> {
  return db.transaction(async (tx) => {
    const { objectiveId, plan } = await lockObjectiveDraft(tx, options.objectiveId);
    const [last] = await tx
      .select({ number: sql<number>`coalesce(max(${phases.number}), 0)::int` })
      .from(phases)
      .where(eq(phases.objectiveId, objectiveId));
    const [row] = await tx
      .insert(phases)
      .values({
        ...options.input,
        // Phases are numbered as the plan numbers them; the next free number when none is given.
        number: options.input.number ?? (last?.number ?? 0) + 1,
        planId: plan.id,
        objectiveId,
      })
      .returning();
    if (!row) throw new Error('insert returned nothing');
    await recordAudit(tx, {
      orgId: plan.orgId,
      actorUserId: options.actorUserId,
      action: 'create',
      entityType: 'phase',
      entityId: row.id,
      after: row,
    });
    return presentPhase(row);
  });
}
