import type { PlanSummary } from '@traguardo/domain/plan/plan.schema';
import { PLAN_KINDS, PLAN_STATUSES } from '@traguardo/domain/plan/plan.schema';
import { and, desc, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.ts';
import { indicators, objectives, plans, strategicLines } from '../db/schema/plans.ts';

const count = (table: typeof strategicLines | typeof objectives | typeof indicators) =>
  sql<number>`(select count(*)::int from ${table} where ${table.planId} = ${plans.id} and ${table.removedInVersion} is null)`;

export async function listPlans(db: DbOrTx, orgId: string): Promise<PlanSummary[]> {
  const rows = await db
    .select({
      p: plans,
      lines: count(strategicLines),
      objectives: count(objectives),
      indicators: count(indicators),
    })
    .from(plans)
    .where(and(eq(plans.orgId, orgId)))
    .orderBy(desc(plans.startYear), desc(plans.createdAt));
  return rows.map(({ p, lines, objectives: o, indicators: i }) => ({
    id: p.id,
    orgId: p.orgId,
    title: p.title,
    kind: (PLAN_KINDS as readonly string[]).includes(p.kind)
      ? (p.kind as PlanSummary['kind'])
      : 'performance_plan',
    startYear: p.startYear,
    endYear: p.endYear,
    status: (PLAN_STATUSES as readonly string[]).includes(p.status)
      ? (p.status as PlanSummary['status'])
      : 'draft',
    currentVersion: p.currentVersion,
    counts: { strategicLines: lines, objectives: o, indicators: i },
  }));
}
