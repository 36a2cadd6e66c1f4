import { desc, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { DbOrTx } from '../db/client.ts';
import { independentQueries } from '../db/independent-queries.ts';
import { bonusDistributions, evaluations } from '../db/schema/evaluations.ts';
import { loadEvaluationRules } from '../rules/load-evaluation-rules.ts';
import { aggregateBonus, type BonusAggregate, type EvaluatedPerson } from './bonus-aggregate.ts';

// Only what the aggregate needs is read from the stored items.
const ItemsSchema = z.array(
  z.object({ personId: z.string(), total: z.number().nullable().optional(), bonusCents: z.number() }),
);

/** Those who answer for objectives (evaluated by the Nucleo) are published apart from other staff. */
const MANAGER_CATEGORIES = new Set(['dirigente', 'eq', 'segretario']);

/**
 * The bonus of a plan in aggregate: the latest distribution's fund and shares, the evaluations'
 * totals, grouped as managers and staff. Null while nobody is evaluated and nothing distributed.
 */
export async function loadBonusAggregate(
  db: DbOrTx,
  plan: { id: string; orgId: string; startYear: number },
): Promise<BonusAggregate | null> {
  const [sheets, [distribution]] = await independentQueries(db, [
    () =>
      db
        .select({
          personId: evaluations.personId,
          category: evaluations.category,
          evaluatorKind: evaluations.evaluatorKind,
          total: evaluations.total,
          bonusCents: evaluations.bonusCents,
        })
        .from(evaluations)
        .where(eq(evaluations.planId, plan.id)),
    () =>
      db
        .select()
        .from(bonusDistributions)
        .where(eq(bonusDistributions.planId, plan.id))
        .orderBy(desc(bonusDistributions.computedAt))
        .limit(1),
  ]);
  if (sheets.length === 0 && !distribution) return null;
  const items = distribution ? ItemsSchema.safeParse(distribution.items) : null;
  const shares = new Map((items?.success ? items.data : []).map((i) => [i.personId, i]));
  const people: EvaluatedPerson[] = sheets.map((s) => {
    const share = shares.get(s.personId);
    return {
      group: MANAGER_CATEGORIES.has(s.category) || s.evaluatorKind === 'nucleo' ? 'managers' : 'staff',
      total: share?.total ?? s.total,
      bonusCents: share ? share.bonusCents : distribution ? (s.bonusCents ?? 0) : s.bonusCents,
    };
  });
  const rules = await loadEvaluationRules(db, plan.orgId, plan.startYear);
  return aggregateBonus({
    fundCents: distribution?.fundCents ?? null,
    distributedCents: distribution?.totalCents ?? null,
    paidAt: distribution?.paidAt?.toISOString() ?? null,
    people,
    bandFloors: rules.scoreBands?.map((b) => b.minTotal) ?? null,
  });
}
