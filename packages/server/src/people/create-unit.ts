import type { CreateUnit, UnitItem } from '@traguardo/domain/plan/units-people.schema';
import { recordAudit } from '../audit/record-audit.ts';
import type { DbOrTx } from '../db/client.ts';
import { orgUnits } from '../db/schema/organizations.ts';
import { assertPersonOfOrg, assertUnitNameFree, assertUnitOfOrg } from './org-references.ts';
import { presentUnit } from './people.presenter.ts';

export async function createUnit(
  db: DbOrTx,
  options: { orgId: string; input: CreateUnit; actorUserId: string | null },
): Promise<UnitItem> {
  return db.transaction(async (tx) => {
    const { orgId, input } = options;
    await assertUnitNameFree(tx, orgId, input.name);
    if (input.parentId) await assertUnitOfOrg(tx, orgId, input.parentId, 'parentId');
    if (input.managerPersonId) await assertPersonOfOrg(tx, orgId, input.managerPersonId, 'managerPersonId');
    const [unit] = await tx
      .insert(orgUnits)
      .values({
        orgId,
        name: input.name,
        code: input.code ?? null,
        parentId: input.parentId ?? null,
        managerPersonId: input.managerPersonId ?? null,
      })
      .returning();
    if (!unit) throw new Error('insert returned nothing');
    await recordAudit(tx, {
      orgId,
      actorUserId: options.actorUserId,
      action: 'create',
      entityType: 'unit',
      entityId: unit.id,
      after: unit,
    });
    return presentUnit(unit);
  });
}
