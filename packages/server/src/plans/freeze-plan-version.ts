import type { PlanDocument } from '@traguardo/domain/plan/plan.schema';
import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.ts';
import { acts, planVersions } from '../db/schema/plans.ts';
import { loadPlanDocument } from './load-plan-document.ts';

/**
 * Freezes the plan as it now stands as version `version`. Called inside the transaction that
 * adopts or amends; the unique (plan, version) index makes a concurrent second freeze fail.
 */
export async function freezePlanVersion(
  tx: DbOrTx,
  options: { planId: string; version: number; actId: string; userId: string | null },
): Promise<PlanDocument> {
  const doc = await loadPlanDocument(tx, options.planId);
  const [act] = await tx.select().from(acts).where(eq(acts.id, options.actId));
  const snapshot: PlanDocument = {
    ...doc,
    version: options.version,
    currentVersion: options.version,
    status: 'adopted',
    act: act ? { number: act.number, date: act.date, body: act.body } : doc.act,
  };
  await tx.insert(planVersions).values({
    planId: options.planId,
    version: options.version,
    actId: options.actId,
    snapshot,
    createdBy: options.userId,
  });
  return snapshot;
}
