import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.ts';
import { indicators, objectives, phases, plans } from '../db/schema/plans.ts';
import { notFound } from '../errors/app-error.ts';

/** What authorisation needs to know about a plan or one of its items: its organisation, unit and state. */
export type PlanScope = {
  planId: string;
  orgId: string;
  status: string;
  currentVersion: number | null;
  unitId?: string | null;
};

export async function planScope(db: DbOrTx, planId: string): Promise<PlanScope> {
  const [p] = await db
    .select({
      planId: plans.id,
      orgId: plans.orgId,
      status: plans.status,
      currentVersion: plans.currentVersion,
    })
    .from(plans)
    .where(eq(plans.id, planId));
  if (!p) throw notFound('Plan');
  return p;
}

export async function objectiveScope(
  db: DbOrTx,
  objectiveId: string,
): Promise<PlanScope & { objectiveId: string }> {
  const [row] = await db
    .select({
      objectiveId: objectives.id,
      unitId: objectives.unitId,
      planId: plans.id,
      orgId: plans.orgId,
      status: plans.status,
      currentVersion: plans.currentVersion,
    })
    .from(objectives)
    .innerJoin(plans, eq(plans.id, objectives.planId))
    .where(eq(objectives.id, objectiveId));
  if (!row) throw notFound('Objective');
  return row;
}

export async function indicatorScope(
  db: DbOrTx,
  indicatorId: string,
): Promise<PlanScope & { objectiveId: string; indicatorId: string }> {
  const [row] = await db
    .select({
      indicatorId: indicators.id,
      objectiveId: objectives.id,
      unitId: objectives.unitId,
      planId: plans.id,
      orgId: plans.orgId,
      status: plans.status,
      currentVersion: plans.currentVersion,
    })
    .from(indicators)
    .innerJoin(objectives, eq(objectives.id, indicators.objectiveId))
    .innerJoin(plans, eq(plans.id, indicators.planId))
    .where(eq(indicators.id, indicatorId));
  if (!row) throw notFound('Indicator');
  return row;
}

export async function phaseScope(
  db: DbOrTx,
  phaseId: string,
): Promise<PlanScope & { objectiveId: string; phaseId: string }> {
  const [row] = await db
    .select({
      phaseId: phases.id,
      objectiveId: objectives.id,
      unitId: objectives.unitId,
      planId: plans.id,
      orgId: plans.orgId,
      status: plans.status,
      currentVersion: plans.currentVersion,
    })
    .from(phases)
    .innerJoin(objectives, eq(objectives.id, phases.objectiveId))
    .innerJoin(plans, eq(plans.id, phases.planId))
    .where(eq(phases.id, phaseId));
  if (!row) throw notFound('Phase');
  return row;
}
