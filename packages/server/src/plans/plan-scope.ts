import { eq, sql } from 'drizzle-orm';
import { orgDataStampOf } from '../audit/org-data-stamp.ts';
import type { DbOrTx } from '../db/client.ts';
import { prepared } from '../db/prepared.ts';
import { readThrough } from '../db/read-through.ts';
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

// One column list for every loader, so the four scopes cannot drift apart.
const planColumns = {
  planId: plans.id,
  orgId: plans.orgId,
  status: plans.status,
  currentVersion: plans.currentVersion,
};
const objectiveColumns = { ...planColumns, objectiveId: objectives.id, unitId: objectives.unitId };

function found<T>(rows: T[], entity: string): T {
  const [row] = rows;
  if (!row) throw notFound(entity);
  return row;
}

export async function planScope(db: DbOrTx, planId: string): Promise<PlanScope> {
  return found(await db.select(planColumns).from(plans).where(eq(plans.id, planId)), 'Plan');
}

/**
 * planScope plus the organisation's data stamp (org-data-stamp.ts) in the same query: what a cached
 * big read needs before it can answer, in one round trip.
 */
export async function planScopeWithDataStamp(
  db: DbOrTx,
  planId: string,
): Promise<PlanScope & { dataStamp: number }> {
  const rows = await readThrough(db, 'plan_scope_with_data_stamp', planId, () =>
    prepared(db, 'plan_scope_with_data_stamp', (on) =>
      on
        .select({ ...planColumns, dataStamp: orgDataStampOf(plans.orgId) })
        .from(plans)
        .where(eq(plans.id, sql.placeholder('planId')))
        .prepare('plan_scope_with_data_stamp'),
    ).execute({ planId }),
  );
  return found(rows, 'Plan');
}

export async function objectiveScope(
  db: DbOrTx,
  objectiveId: string,
): Promise<PlanScope & { objectiveId: string }> {
  const rows = await db
    .select(objectiveColumns)
    .from(objectives)
    .innerJoin(plans, eq(plans.id, objectives.planId))
    .where(eq(objectives.id, objectiveId));
  return found(rows, 'Objective');
}

export async function indicatorScope(
  db: DbOrTx,
  indicatorId: string,
): Promise<PlanScope & { objectiveId: string; indicatorId: string }> {
  const rows = await db
    .select({ ...objectiveColumns, indicatorId: indicators.id })
    .from(indicators)
    .innerJoin(objectives, eq(objectives.id, indicators.objectiveId))
    .innerJoin(plans, eq(plans.id, indicators.planId))
    .where(eq(indicators.id, indicatorId));
  return found(rows, 'Indicator');
}

export async function phaseScope(
  db: DbOrTx,
  phaseId: string,
): Promise<PlanScope & { objectiveId: string; phaseId: string }> {
  const rows = await db
    .select({ ...objectiveColumns, phaseId: phases.id })
    .from(phases)
    .innerJoin(objectives, eq(objectives.id, phases.objectiveId))
    .innerJoin(plans, eq(plans.id, phases.planId))
    .where(eq(phases.id, phaseId));
  return found(rows, 'Phase');
}
