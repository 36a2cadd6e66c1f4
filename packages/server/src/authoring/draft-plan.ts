import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.ts';
import { objectives, plans } from '../db/schema/plans.ts';
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

/** The objective a new indicator or phase goes under, with its plan locked as a draft. */
export async function lockObjectiveDraft(
  tx: DbOrTx,
  objectiveId: string,
): Promise<{ objectiveId: string; plan: typeof plans.$inferSelect }> {
  const [objective] = await tx
    .select({ id: objectives.id, planId: objectives.planId })
    .from(objectives)
    .where(eq(objectives.id, objectiveId));
  if (!objective) throw notFound('Objective');
  return { objectiveId: objective.id, plan: await lockDraftPlan(tx, objective.planId) };
}

/**
 * An existing plan item read under its locked draft plan: `read` runs once to find the plan, and
 * again after the lock so that `before` is what no concurrent edit can change any more.
 */
export async function lockItemDraft<Row extends { planId: string }>(
  tx: DbOrTx,
  entity: string,
  read: () => Promise<Row[]>,
): Promise<{ plan: typeof plans.$inferSelect; before: Row }> {
  const [existing] = await read();
  if (!existing) throw notFound(entity);
  const plan = await lockDraftPlan(tx, existing.planId);
  const [before] = await read();
  if (!before) throw notFound(entity);
  return { plan, before };
}
