import type { CreatePerson, PersonItem } from '@traguardo/domain/plan/units-people.schema';
import { recordAudit } from '../audit/record-audit.ts';
import type { DbOrTx } from '../db/client.ts';
import { people } from '../db/schema/organizations.ts';
import { assertPersonNameFree, assertUnitOfOrg } from './org-references.ts';
import { presentPerson } from './people.presenter.ts';

export async function createPerson(
  db: DbOrTx,
  options: { orgId: string; input: CreatePerson; actorUserId: string | null },
): Promise<PersonItem> {
  return db.transaction(async (tx) => {
    const { orgId, input } = options;
    await assertPersonNameFree(tx, orgId, input.name);
    if (input.unitId) await assertUnitOfOrg(tx, orgId, input.unitId, 'unitId');
    const [person] = await tx
      .insert(people)
      .values({
        orgId,
        name: input.name,
        email: input.email ?? null,
        category: input.category,
        jobTitle: input.jobTitle ?? null,
        unitId: input.unitId ?? null,
        coefficient: input.coefficient,
      })
      .returning();
    if (!person) throw new Error('insert returned nothing');
    await recordAudit(tx, {
      orgId,
      actorUserId: options.actorUserId,
      action: 'create',
      entityType: 'person',
      entityId: person.id,
      after: person,
    });
    return presentPerson(person);
  });
}
