import type { CreateObjective, ObjectiveItem } from '@traguardo/domain/plan/plan-authoring.schema';
import { eq, sql } from 'drizzle-orm';
import { recordAudit } from '../audit/record-audit.ts';
import type { DbOrTx } from '../db/client.ts';
import { objectiveAssignees, objectives } from '../db/schema/plans.ts';
import { lockDraftPlan } from './draft-plan.ts';
import { loadObjectiveItem } from './load-objective-item.ts';
import { assertAssignment } from './objective-assignment.ts';
import { assertObjectiveReferences } from './references.ts';

export async function createObjective(
  db: DbOrTx,
  options: { planId: string; input: CreateObjective; actorUserId: string | null },
): Promise<ObjectiveItem> {
  return db.transaction(async (tx) => {
    const plan = await lockDraftPlan(tx, options.planId);
    const { assigneeIds = [], ...input } = options.input;
    assertAssignment(input.allStaff ?? false, assigneeIds);
    await assertObjectiveReferences(tx, { planId: plan.id, orgId: plan.orgId }, { ...input, assigneeIds });
    const [last] = await tx
      .select({ position: sql<number>`coalesce(max(${objectives.position}), -1)::int` })
      .from(objectives)
      .where(eq(objectives.planId, plan.id));
    const [row] = await tx
      .insert(objectives)
      .values({ ...input, planId: plan.id, position: (last?.position ?? -1) + 1 })
      .returning();
    if (!row) throw new Error('insert returned nothing');
    const people = [...new Set(assigneeIds)];
    if (people.length > 0)
      await tx
        .insert(objectiveAssignees)
        .values(people.map((personId) => ({ objectiveId: row.id, personId })));
    const after = await loadObjectiveItem(tx, row.id);
    await recordAudit(tx, {
      orgId: plan.orgId,
      actorUserId: options.actorUserId,
      action: 'create',
      entityType: 'objective',
      entityId: row.id,
      after,
    });
    return after;
  });
}
