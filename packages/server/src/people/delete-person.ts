import { and, count, eq, or } from 'drizzle-orm';
import { recordAudit } from '../audit/record-audit.ts';
import { assertFresh } from '../authoring/stale-item.ts';
import type { DbOrTx } from '../db/client.ts';
import { evaluations } from '../db/schema/evaluations.ts';
import { orgUnits, people } from '../db/schema/organizations.ts';
import { objectiveAssignees, objectives } from '../db/schema/plans.ts';
import { conflict, notFound } from '../errors/app-error.ts';
import { presentPerson } from './people.presenter.ts';

/**
 * Someone who answers for or is assigned to objectives, or has an evaluation, stays: plans and
 * evaluations are records. Anyone else may go; units they led are left without a head.
 */
export async function deletePerson(
  db: DbOrTx,
  options: { orgId: string; personId: string; rowVersion?: number; actorUserId: string | null },
): Promise<void> {
  await db.transaction(async (tx) => {
    const [before] = await tx
      .select()
      .from(people)
      .where(and(eq(people.id, options.personId), eq(people.orgId, options.orgId)))
      .for('update');
    if (!before) throw notFound('Person');
    if (options.rowVersion !== undefined)
      await assertFresh(options.rowVersion, before.rowVersion, () => presentPerson(before));
    // One after the other: a transaction is one connection.
    const [responsible] = await tx
      .select({ n: count() })
      .from(objectives)
      .where(eq(objectives.responsiblePersonId, before.id));
    const [assigned] = await tx
      .select({ n: count() })
      .from(objectiveAssignees)
      .where(eq(objectiveAssignees.personId, before.id));
    const [evaluated] = await tx
      .select({ n: count() })
      .from(evaluations)
      .where(or(eq(evaluations.personId, before.id), eq(evaluations.evaluatorPersonId, before.id)));
    if ((responsible?.n ?? 0) + (assigned?.n ?? 0) > 0)
      throw conflict('The person answers for or is assigned to objectives: reassign them first');
    if ((evaluated?.n ?? 0) > 0) throw conflict('The person has evaluations, which are kept');
    await tx.update(orgUnits).set({ managerPersonId: null }).where(eq(orgUnits.managerPersonId, before.id));
    await tx.delete(people).where(eq(people.id, before.id));
    await recordAudit(tx, {
      orgId: options.orgId,
      actorUserId: options.actorUserId,
      action: 'delete',
      entityType: 'person',
      entityId: before.id,
      before,
    });
  });
}
