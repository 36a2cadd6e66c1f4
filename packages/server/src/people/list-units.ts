import type { UnitItem } from '@traguardo/domain/plan/units-people.schema';
import { asc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.ts';
import { orgUnits } from '../db/schema/organizations.ts';
import { presentUnit } from './people.presenter.ts';

/** Flat, by name then id (a stable order to page on); `parentId` gives the tree. */
export async function listUnits(
  db: DbOrTx,
  orgId: string,
  window: { limit: number; offset: number } | null = null,
): Promise<UnitItem[]> {
  const query = db
    .select()
    .from(orgUnits)
    .where(eq(orgUnits.orgId, orgId))
    .orderBy(asc(orgUnits.name), asc(orgUnits.id));
  const rows = window ? await query.limit(window.limit).offset(window.offset) : await query;
  return rows.map(presentUnit);
}
