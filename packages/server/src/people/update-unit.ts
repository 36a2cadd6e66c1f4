import type { UnitItem, UpdateUnit } from '@traguardo/domain/plan/units-people.schema';
import { and, eq } from 'drizzle-orm';
import { recordAudit } from '../audit/record-audit.ts';
import { assertFresh } from '../authoring/stale-item.ts';
import type { DbOrTx } from '../db/client.ts';
import { orgUnits } from '../db/schema/organizations.ts';
import { notFound, unprocessable } from '../errors/app-error.ts';
import { assertPersonOfOrg, assertUnitNameFree, assertUnitOfOrg } from './org-references.ts';
import { presentUnit } from './people.presenter.ts';

export async function updateUnit(
  db: DbOrTx,
  options: { orgId: string; unitId: string; changes: UpdateUnit; actorUserId: string | null },
): Promise<UnitItem> {
  return db.transaction(async (tx) => {
    const { orgId, changes } = options;
    const [before] = await tx
      .select()
      .from(orgUnits)
      .where(and(eq(orgUnits.id, options.unitId), eq(orgUnits.orgId, orgId)))
      .for('update');
    if (!before) throw notFound('Unit');
    const { rowVersion, ...fields } = changes;
    await assertFresh(rowVersion, before.rowVersion, () => presentUnit(before));
    if (fields.name !== undefined) await assertUnitNameFree(tx, orgId, fields.name, before.id);
    if (fields.managerPersonId) await assertPersonOfOrg(tx, orgId, fields.managerPersonId, 'managerPersonId');
    if (fields.parentId) {
      await assertUnitOfOrg(tx, orgId, fields.parentId, 'parentId');
      await assertNoCycle(tx, orgId, before.id, fields.parentId);
    }
    const [after] = await tx
      .update(orgUnits)
      .set({ ...fields, rowVersion: before.rowVersion + 1 })
      .where(eq(orgUnits.id, before.id))
      .returning();
    if (!after) throw notFound('Unit');
    await recordAudit(tx, {
      orgId,
      actorUserId: options.actorUserId,
      action: 'update',
      entityType: 'unit',
      entityId: before.id,
      before,
      after,
    });
    return presentUnit(after);
  });
}

/** A unit cannot sit under itself or under one of its own sub-units. */
async function assertNoCycle(tx: DbOrTx, orgId: string, unitId: string, parentId: string): Promise<void> {
  const units = await tx
    .select({ id: orgUnits.id, parentId: orgUnits.parentId })
    .from(orgUnits)
    .where(eq(orgUnits.orgId, orgId));
  const parentOf = new Map(units.map((u) => [u.id, u.parentId]));
  const seen = new Set<string>();
  for (let at: string | null | undefined = parentId; at; at = parentOf.get(at)) {
    if (at === unitId || seen.has(at)) {
      const message = 'parentId: a unit cannot be placed under itself or one of its sub-units';
      throw unprocessable(message, [{ field: 'parentId', message }]);
    }
    seen.add(at);
  }
}
