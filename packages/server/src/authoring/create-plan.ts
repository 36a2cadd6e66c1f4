import type { PlanDocument } from '@traguardo/domain/plan/plan.schema';
import type { CreatePlan } from '@traguardo/domain/plan/plan-authoring.schema';
import { recordAudit } from '../audit/record-audit.ts';
import type { DbOrTx } from '../db/client.ts';
import { plans } from '../db/schema/plans.ts';
import { loadPlanDocument } from '../plans/load-plan-document.ts';

/** A new draft plan, empty: lines, objectives, indicators and phases are added to it one by one. */
export async function createPlan(
  db: DbOrTx,
  options: { orgId: string; input: CreatePlan; actorUserId: string | null },
): Promise<PlanDocument> {
  return db.transaction(async (tx) => {
    const { input } = options;
    const [plan] = await tx
      .insert(plans)
      .values({
        orgId: options.orgId,
        title: input.title,
        kind: input.kind,
        startYear: input.startYear,
        endYear: input.endYear,
        introduction: input.introduction ?? null,
      })
      .returning();
    if (!plan) throw new Error('insert returned nothing');
    await recordAudit(tx, {
      orgId: options.orgId,
      actorUserId: options.actorUserId,
      action: 'create',
      entityType: 'plan',
      entityId: plan.id,
      after: plan,
    });
    return loadPlanDocument(tx, plan.id);
  });
}
