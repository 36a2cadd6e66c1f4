import type { EvaluationRules } from '@traguardo/domain/achievement/evaluation-rules.schema';
import { and, eq, isNull, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.ts';
import { evaluationRules } from '../db/schema/evaluations.ts';
import { ensureDefaultRules } from './ensure-default-rules.ts';
import { presentEvaluationRules } from './evaluation-rules.presenter.ts';

/**
 * The SMVP in force for an organisation: the rules of `year` when the organisation set some for
 * that year, otherwise its default rules (created from PRODUCT.md's defaults when missing).
 */
export async function loadEvaluationRules(
  db: DbOrTx,
  orgId: string,
  year: number | null = null,
): Promise<EvaluationRules> {
  const read = () =>
    db
      .select()
      .from(evaluationRules)
      .where(
        and(
          eq(evaluationRules.orgId, orgId),
          year === null
            ? isNull(evaluationRules.year)
            : or(isNull(evaluationRules.year), eq(evaluationRules.year, year)),
        ),
      )
      // The year's own rules first, then the default.
      .orderBy(sql`${evaluationRules.year} is null`)
      .limit(1);
  const [row] = await read();
  if (row) return presentEvaluationRules(row);
  await ensureDefaultRules(db, orgId);
  const [created] = await read();
  if (!created) throw new Error('default evaluation rules missing');
  return presentEvaluationRules(created);
}
