import type { UnitItem } from '@traguardo/domain/plan/units-people.schema';
import { asc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.ts';
import { orgUnits } from '../db/schema/organizations.ts';
import { presentUnit } from './people.presenter.ts';

/** Flat, by name; `parentId` gives the tree. */
export async function listUnits(db: DbOrTx, orgId: string): Promise<UnitItem[]> {
  const rows = await db.select().from(orgUnits).where(eq(orgUnits.orgId, orgId)).orderBy(asc(orgUnits.name));
  return rows.map(presentUnit);
}
