import {
  checkEvaluationRules,
  type EvaluationRules,
  type UpdateEvaluationRules,
} from '@traguardo/domain/achievement/evaluation-rules.schema';
import { and, eq } from 'drizzle-orm';
import { recordAudit } from '../audit/record-audit.ts';
import type { Db } from '../db/client.ts';
import { evaluationRules } from '../db/schema/evaluations.ts';
import { conflict, unprocessable } from '../errors/app-error.ts';
import { presentEvaluationRules } from './evaluation-rules.presenter.ts';
import { loadEvaluationRules } from './load-evaluation-rules.ts';

/**
 * Replaces an organisation's SMVP (its default, or the rules of one year: the first save for a
 * year starts from the default). Optimistic locking: `rowVersion` must be the one read.
 */
export async function updateEvaluationRules(
  db: Db,
  options: { orgId: string; year: number | null; input: UpdateEvaluationRules; actorUserId: string },
): Promise<EvaluationRules> {
  const { rowVersion, ...input } = options.input;
  const problems = checkEvaluationRules(input);
  if (problems.length > 0)
    throw unprocessable(problems.map((p) => `${p.field}: ${p.message}`).join('; '), problems);
  return db.transaction(async (tx) => {
    const before = await loadEvaluationRules(tx, options.orgId, options.year);
    const values = { ...input, updatedAt: new Date() };
    const ownRow = before.year === options.year;
    if (before.rowVersion !== rowVersion)
      throw conflict('The rules were changed by someone else: reload them', {
        rowVersion: before.rowVersion,
      });
    const [row] = ownRow
      ? await tx
          .update(evaluationRules)
          .set({ ...values, rowVersion: rowVersion + 1 })
          .where(and(eq(evaluationRules.id, before.id), eq(evaluationRules.rowVersion, rowVersion)))
          .returning()
      : await tx
          .insert(evaluationRules)
          .values({ ...values, orgId: options.orgId, year: options.year, rowVersion: 1 })
          .returning();
    if (!row) throw conflict('The rules were changed by someone else: reload them');
    const after = presentEvaluationRules(row);
    await recordAudit(tx, {
      orgId: options.orgId,
      actorUserId: options.actorUserId,
      action: 'evaluation-rules.update',
      entityType: 'evaluation_rules',
      entityId: row.id,
      before,
      after,
    });
    return after;
  });
}
