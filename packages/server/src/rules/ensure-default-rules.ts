import { defaultCategoryRules } from '@traguardo/domain/evaluation/default-rules';
import { and, eq, isNull } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.ts';
import { evaluationRules } from '../db/schema/evaluations.ts';

/** A new organisation starts with the default SMVP of PRODUCT.md; it edits it per year. */
export async function ensureDefaultRules(tx: DbOrTx, orgId: string): Promise<void> {
  const [existing] = await tx
    .select({ id: evaluationRules.id })
    .from(evaluationRules)
    .where(and(eq(evaluationRules.orgId, orgId), isNull(evaluationRules.year)));
  if (existing) return;
  await tx.insert(evaluationRules).values({ orgId, year: null, categories: defaultCategoryRules() });
}
