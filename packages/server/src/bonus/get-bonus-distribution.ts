import { warningsFor } from '@traguardo/domain/evaluation/distribute-bonus';
import type { BonusDistributionResponse } from '@traguardo/domain/evaluation/evaluation.schema';
import { and, desc, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.ts';
import { bonusDistributions } from '../db/schema/evaluations.ts';
import { people } from '../db/schema/organizations.ts';
import { notFound } from '../errors/app-error.ts';
import { loadRulesForPlan } from '../evaluations/load-evaluation-rules.ts';
import { parseStoredItems } from './bonus-items.ts';

/** A stored distribution (the latest of the plan when no id is given), with names joined at read time. */
export async function getBonusDistribution(
  db: DbOrTx,
  options: { planId: string; id?: string },
): Promise<BonusDistributionResponse> {
  const [row] = await db
    .select()
    .from(bonusDistributions)
    .where(
      options.id
        ? and(eq(bonusDistributions.planId, options.planId), eq(bonusDistributions.id, options.id))
        : eq(bonusDistributions.planId, options.planId),
    )
    .orderBy(desc(bonusDistributions.computedAt))
    .limit(1);
  if (!row) throw notFound('Bonus distribution');
  const items = parseStoredItems(row.items);
  const ids = items.map((i) => i.personId);
  const persons =
    ids.length === 0
      ? []
      : await db
          .select({ id: people.id, name: people.name, category: people.category })
          .from(people)
          .where(inArray(people.id, ids));
  const byId = new Map(persons.map((p) => [p.id, p]));
  const rules = await loadRulesForPlan(db, options.planId);
  return {
    id: row.id,
    planId: row.planId,
    fundCents: row.fundCents,
    totalCents: row.totalCents,
    items: items
      .map((i) => ({
        ...i,
        name: byId.get(i.personId)?.name ?? '',
        category: byId.get(i.personId)?.category ?? '',
      }))
      .sort((a, b) => a.name.localeCompare(b.name, 'it')),
    warnings: warningsFor(items, rules),
    computedAt: row.computedAt.toISOString(),
    paidAt: row.paidAt?.toISOString() ?? null,
  };
}
