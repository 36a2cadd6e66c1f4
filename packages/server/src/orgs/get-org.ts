import { asc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.ts';
import { organizations, orgUnits, people } from '../db/schema/organizations.ts';
import { notFound } from '../errors/app-error.ts';

export async function getOrg(db: DbOrTx, orgId: string) {
  const [org] = await db.select().from(organizations).where(eq(organizations.id, orgId));
  if (!org) throw notFound('Organisation');
  return org;
}

/**
 * The organisation's units, by name, each with its manager's name. Its people are not embedded (25,000
 * in a large comune): GET /orgs/{orgId}/people pages through them.
 */
export async function getOrgStructure(db: DbOrTx, orgId: string) {
  const units = await db
    .select({
      id: orgUnits.id,
      name: orgUnits.name,
      code: orgUnits.code,
      parentId: orgUnits.parentId,
      managerPersonId: orgUnits.managerPersonId,
      managerName: people.name,
    })
    .from(orgUnits)
    .leftJoin(people, eq(people.id, orgUnits.managerPersonId))
    .where(eq(orgUnits.orgId, orgId))
    .orderBy(asc(orgUnits.name), asc(orgUnits.id));
  return { units };
}
