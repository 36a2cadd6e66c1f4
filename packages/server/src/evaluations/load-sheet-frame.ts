import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.ts';
import { organizations } from '../db/schema/organizations.ts';
import { plans } from '../db/schema/plans.ts';
import { notFound } from '../errors/app-error.ts';
import type { SheetFrame } from './render-evaluation-sheet.ts';

/** The organisation and plan printed around a sheet. */
export async function loadSheetFrame(db: DbOrTx, planId: string): Promise<SheetFrame> {
  const [row] = await db
    .select({
      organization: organizations.name,
      planTitle: plans.title,
      start: plans.startYear,
      end: plans.endYear,
    })
    .from(plans)
    .innerJoin(organizations, eq(organizations.id, plans.orgId))
    .where(eq(plans.id, planId));
  if (!row) throw notFound('Plan');
  return { organization: row.organization, planTitle: row.planTitle, year: String(row.start) };
}
