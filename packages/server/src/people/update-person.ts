import type { PersonItem, UpdatePerson } from '@traguardo/domain/plan/units-people.schema';
import { and, eq } from 'drizzle-orm';
import { recordAudit } from '../audit/record-audit.ts';
import { assertFresh } from '../authoring/stale-item.ts';
import type { DbOrTx } from '../db/client.ts';
import { people } from '../db/schema/organizations.ts';
import { notFound } from '../errors/app-error.ts';
import { assertPersonNameFree, assertUnitOfOrg } from './org-references.ts';
import { presentPerson } from './people.presenter.ts';

export async function updatePerson(
  db: DbOrTx,
  options: { orgId: string; personId: string; changes: UpdatePerson; actorUserId: string | null },
): Promise<PersonItem> {
  return db.transaction(async (tx) => {
    const { orgId, changes } = options;
    const [before] = await tx
      .select()
      .from(people)
      .where(and(eq(people.id, options.personId), eq(people.orgId, orgId)))
      .for('update');
    if (!before) throw notFound('Person');
    const { rowVersion, ...fields } = changes;
    await assertFresh(rowVersion, before.rowVersion, () => presentPerson(before));
    if (fields.name !== undefined) await assertPersonNameFree(tx, orgId, fields.name, before.id);
    if (fields.unitId) await assertUnitOfOrg(tx, orgId, fields.unitId, 'unitId');
    const [after] = await tx
      .update(people)
      .set({ ...fields, rowVersion: before.rowVersion + 1 })
      .where(eq(people.id, before.id))
      .returning();
    if (!after) throw notFound('Person');
    await recordAudit(tx, {
      orgId,
      actorUserId: options.actorUserId,
      action: 'update',
      entityType: 'person',
      entityId: before.id,
      before,
      after,
    });
    return presentPerson(after);
  });
}
