import type { ObjectiveItem, UpdateObjective } from '@traguardo/domain/plan/plan-authoring.schema';
import { eq } from 'drizzle-orm';
import { recordAudit } from '../audit/record-audit.ts';
import type { DbOrTx } from '../db/client.ts';
import { objectiveAssignees, objectives } from '../db/schema/plans.ts';
import { notFound } from '../errors/app-error.ts';
import { lockDraftPlan } from './draft-plan.ts';
import { loadObjectiveItem } from './load-objective-item.ts';
import { assertAssignment } from './objective-assignment.ts';
import { assertObjectiveReferences } from './references.ts';
import { assertFresh } from './stale-item.ts';

export async function updateObjective(
  db: DbOrTx,
  options: { objectiveId: string; changes: UpdateObjective; actorUserId: string | null },
): Promise<ObjectiveItem> {
  return db.transaction(async (tx) => {
    const [existing] = await tx
      .select({ planId: objectives.planId })
      .from(objectives)
      .where(eq(objectives.id, options.objectiveId));
    if (!existing) throw notFound('Objective');
    const plan = await lockDraftPlan(tx, existing.planId);
    const before = await loadObjectiveItem(tx, options.objectiveId);
    const { rowVersion, assigneeIds, ...fields } = options.changes;
    await assertFresh(rowVersion, before.rowVersion, () => before);
    // Setting "tutto il personale" clears the names; naming people ends it.
    assertAssignment(fields.allStaff ?? false, assigneeIds ?? []);
    const allStaff = fields.allStaff ?? (assigneeIds && assigneeIds.length > 0 ? false : before.allStaff);
    await assertObjectiveReferences(tx, { planId: plan.id, orgId: plan.orgId }, { ...fields, assigneeIds });
    await tx
      .update(objectives)
      .set({ ...fields, allStaff, rowVersion: before.rowVersion + 1 })
      .where(eq(objectives.id, before.id));
    const replaceAssignees = assigneeIds !== undefined || (allStaff && before.assignees.length > 0);
    if (replaceAssignees) {
      await tx.delete(objectiveAssignees).where(eq(objectiveAssignees.objectiveId, before.id));
      const people = [...new Set(assigneeIds ?? [])];
      if (people.length > 0)
        await tx
          .insert(objectiveAssignees)
          .values(people.map((personId) => ({ objectiveId: before.id, personId })));
    }
    const after = await loadObjectiveItem(tx, before.id);
    await recordAudit(tx, {
      orgId: plan.orgId,
      actorUserId: options.actorUserId,
      action: 'update',
      entityType: 'objective',
      entityId: before.id,
      before: withoutChildren(before),
      after: withoutChildren(after),
    });
    return after;
  });
}

/** Indicators and phases have their own audit entries. */
function withoutChildren({ indicators: _i, phases: _p, ...objective }: ObjectiveItem) {
  return objective;
}
