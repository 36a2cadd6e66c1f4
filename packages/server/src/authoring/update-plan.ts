import type { PlanDocument } from '@traguardo/domain/plan/plan.schema';
import { planYearsProblem, type UpdatePlan } from '@traguardo/domain/plan/plan-authoring.schema';
import { eq } from 'drizzle-orm';
import { recordAudit } from '../audit/record-audit.ts';
import type { DbOrTx } from '../db/client.ts';
import { plans } from '../db/schema/plans.ts';
import { unprocessable } from '../errors/app-error.ts';
import { loadPlanDocument } from '../plans/load-plan-document.ts';
import { lockDraftPlan } from './draft-plan.ts';
import { assertFresh } from './stale-item.ts';

/** Title, kind, years, introduction of a draft plan. */
export async function updatePlan(
  db: DbOrTx,
  options: { planId: string; changes: UpdatePlan; actorUserId: string | null },
): Promise<PlanDocument> {
  return db.transaction(async (tx) => {
    const before = await lockDraftPlan(tx, options.planId);
    const { rowVersion, ...fields } = options.changes;
    await assertFresh(rowVersion, before.rowVersion, () => loadPlanDocument(tx, before.id));
    const years = planYearsProblem(fields.startYear ?? before.startYear, fields.endYear ?? before.endYear);
    if (years) throw unprocessable(`endYear: ${years}`, [{ field: 'endYear', message: `endYear: ${years}` }]);
    const [after] = await tx
      .update(plans)
      .set({ ...fields, rowVersion: before.rowVersion + 1, updatedAt: new Date() })
      .where(eq(plans.id, before.id))
      .returning();
    await recordAudit(tx, {
      orgId: before.orgId,
      actorUserId: options.actorUserId,
      action: 'update',
      entityType: 'plan',
      entityId: before.id,
      before,
      after,
    });
    return loadPlanDocument(tx, before.id);
  });
}
