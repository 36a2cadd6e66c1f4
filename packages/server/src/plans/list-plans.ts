import type { PlanSummary } from '@traguardo/domain/plan/plan.schema';
import { PLAN_KINDS, PLAN_STATUSES } from '@traguardo/domain/plan/plan.schema';
import { and, count, desc, eq, isNull } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.ts';
import { independentQueries } from '../db/independent-queries.ts';
import { indicators, objectives, plans, strategicLines } from '../db/schema/plans.ts';

type Counted = typeof strategicLines | typeof objectives | typeof indicators;

/** Items still in force per plan of the organisation: one grouped query per kind, whatever the number of plans. */
async function countByPlan(db: DbOrTx, table: Counted, orgId: string): Promise<Map<string, number>> {
  const rows = await db
    .select({ planId: table.planId, n: count() })
    .from(table)
    .innerJoin(plans, eq(plans.id, table.planId))
    .where(and(eq(plans.orgId, orgId), isNull(table.removedInVersion)))
    .groupBy(table.planId);
  return new Map(rows.map((r) => [r.planId, r.n]));
}

export async function listPlans(db: DbOrTx, orgId: string): Promise<PlanSummary[]> {
  const [rows, lines, objs, inds] = await independentQueries(db, [
    () =>
      db
        .select()
        .from(plans)
        .where(eq(plans.orgId, orgId))
        .orderBy(desc(plans.startYear), desc(plans.createdAt)),
    () => countByPlan(db, strategicLines, orgId),
    () => countByPlan(db, objectives, orgId),
    () => countByPlan(db, indicators, orgId),
  ]);
  return rows.map((p) => ({
    id: p.id,
    orgId: p.orgId,
    title: p.title,
    kind: PLAN_KINDS.find((k) => k === p.kind) ?? 'performance_plan',
    startYear: p.startYear,
    endYear: p.endYear,
    status: PLAN_STATUSES.find((s) => s === p.status) ?? 'draft',
    currentVersion: p.currentVersion,
    counts: {
      strategicLines: lines.get(p.id) ?? 0,
      objectives: objs.get(p.id) ?? 0,
      indicators: inds.get(p.id) ?? 0,
    },
  }));
}
