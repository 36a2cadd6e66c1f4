import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.ts';
import { plans, strategicLines } from '../db/schema/plans.ts';
import { notFound } from '../errors/app-error.ts';
import type { PlanScope } from '../plans/plan-scope.ts';

/** The organisation and state of a strategic line's plan, for authorisation. */
export async function lineScope(db: DbOrTx, lineId: string): Promise<PlanScope & { lineId: string }> {
  const [row] = await db
    .select({
      lineId: strategicLines.id,
      planId: plans.id,
      orgId: plans.orgId,
      status: plans.status,
      currentVersion: plans.currentVersion,
    })
    .from(strategicLines)
    .innerJoin(plans, eq(plans.id, strategicLines.planId))
    .where(eq(strategicLines.id, lineId));
  if (!row) throw notFound('Strategic line');
  return row;
}
