import { asc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.ts';
import { organizations, orgUnits, people } from '../db/schema/organizations.ts';
import { notFound } from '../errors/app-error.ts';

export async function getOrg(db: DbOrTx, orgId: string) {
  const [org] = await db.select().from(organizations).where(eq(organizations.id, orgId));
  if (!org) throw notFound('Organisation');
  return org;
}

export async function getOrgStructure(db: DbOrTx, orgId: string) {
  const [units, staff] = await Promise.all([
    db.select().from(orgUnits).where(eq(orgUnits.orgId, orgId)).orderBy(asc(orgUnits.name)),
    db.select().from(people).where(eq(people.orgId, orgId)).orderBy(asc(people.name)),
  ]);
  return {
    units: units.map((u) => ({
      id: u.id,
      name: u.name,
      code: u.code,
      parentId: u.parentId,
      managerPersonId: u.managerPersonId,
    })),
    people: staff.map((p) => ({
      id: p.id,
      name: p.name,
      category: p.category,
      jobTitle: p.jobTitle,
      unitId: p.unitId,
    })),
  };
}
