import { and, eq, ne, sql } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.ts';
import { orgUnits, people } from '../db/schema/organizations.ts';
import { conflict, unprocessable } from '../errors/app-error.ts';

const refused = (field: string, message: string) =>
  unprocessable(`${field}: ${message}`, [{ field, message: `${field}: ${message}` }]);

export async function assertUnitOfOrg(tx: DbOrTx, orgId: string, unitId: string, field: string) {
  const [unit] = await tx
    .select({ id: orgUnits.id })
    .from(orgUnits)
    .where(and(eq(orgUnits.id, unitId), eq(orgUnits.orgId, orgId)));
  if (!unit) throw refused(field, 'not a unit of this organisation');
}

export async function assertPersonOfOrg(tx: DbOrTx, orgId: string, personId: string, field: string) {
  const [person] = await tx
    .select({ id: people.id })
    .from(people)
    .where(and(eq(people.id, personId), eq(people.orgId, orgId)));
  if (!person) throw refused(field, 'not a person of this organisation');
}

/** Names identify units and people in imports and pages: one of each per organisation, whatever the case. */
export async function assertUnitNameFree(tx: DbOrTx, orgId: string, name: string, exceptId?: string) {
  const [same] = await tx
    .select({ id: orgUnits.id })
    .from(orgUnits)
    .where(
      and(
        eq(orgUnits.orgId, orgId),
        sql`lower(${orgUnits.name}) = lower(${name})`,
        exceptId ? ne(orgUnits.id, exceptId) : undefined,
      ),
    );
  if (same) throw conflict(`A unit named "${name}" already exists`);
}

export async function assertPersonNameFree(tx: DbOrTx, orgId: string, name: string, exceptId?: string) {
  const [same] = await tx
    .select({ id: people.id })
    .from(people)
    .where(
      and(
        eq(people.orgId, orgId),
        sql`lower(${people.name}) = lower(${name})`,
        exceptId ? ne(people.id, exceptId) : undefined,
      ),
    );
  if (same) throw conflict(`A person named "${name}" already exists`);
}
