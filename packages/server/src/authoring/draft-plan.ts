import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.ts';
import { plans } from '../db/schema/plans.ts';
import { conflict, notFound } from '../errors/app-error.ts';

export const AMENDMENTS_ONLY = 'The plan is adopted: changes go through amendments';

/**
 * Locks the plan row for the rest of the transaction and refuses unless it is a draft: direct
 * edits and adoption are serialised, so no edit slips in after the version is frozen.
 */
export async function lockDraftPlan(tx: DbOrTx, planId: string): Promise<typeof plans.$inferSelect> {
  const [plan] = await tx.select().from(plans).where(eq(plans.id, planId)).for('update');
  if (!plan) throw notFound('Plan');
  if (plan.status !== 'draft') throw conflict(AMENDMENTS_ONLY);
  return plan;
}
