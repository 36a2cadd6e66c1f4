import { and, count, eq, isNull, sql } from 'drizzle-orm';
import { recordAudit } from '../audit/record-audit.ts';
import { assertFresh } from '../authoring/stale-item.ts';
import type { DbOrTx } from '../db/client.ts';
import { orgUnits } from '../db/schema/organizations.ts';
import { objectives } from '../db/schema/plans.ts';
import { memberships } from '../db/schema/users.ts';
import { conflict, notFound } from '../errors/app-error.ts';
import { presentUnit } from './people.presenter.ts';

/**
 * A unit with sub-units or objectives stays (the plan would lose who answers for what); its
 * people are left without a unit and managers lose it from their units.
 */
export async function deleteUnit(
  db: DbOrTx,
  options: { orgId: string; unitId: string; rowVersion?: number; actorUserId: string | null },
): Promise<void> {
  await db.transaction(async (tx) => {
    const [before] = await tx
      .select()
      .from(orgUnits)
      .where(and(eq(orgUnits.id, options.unitId), eq(orgUnits.orgId, options.orgId)))
      .for('update');
    if (!before) throw notFound('Unit');
    if (options.rowVersion !== undefined)
      await assertFresh(options.rowVersion, before.rowVersion, () => presentUnit(before));
    const [children] = await tx.select({ n: count() }).from(orgUnits).where(eq(orgUnits.parentId, before.id));
    if ((children?.n ?? 0) > 0) throw conflict('The unit has sub-units: move or delete them first');
    const [used] = await tx
      .select({ n: count() })
      .from(objectives)
      .where(and(eq(objectives.unitId, before.id), isNull(objectives.removedInVersion)));
    if ((used?.n ?? 0) > 0)
      throw conflict('Objectives are assigned to the unit: assign them elsewhere first');
    await tx
      .update(memberships)
      .set({ unitIds: sql`array_remove(${memberships.unitIds}, ${before.id}::uuid)` })
      .where(
        and(eq(memberships.orgId, options.orgId), sql`${before.id}::uuid = any(${memberships.unitIds})`),
      );
    await tx.delete(orgUnits).where(eq(orgUnits.id, before.id));
    await recordAudit(tx, {
      orgId: options.orgId,
      actorUserId: options.actorUserId,
      action: 'delete',
      entityType: 'unit',
      entityId: before.id,
      before,
    });
  });
}
