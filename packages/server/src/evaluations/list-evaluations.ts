import type { EvaluationSummary } from '@traguardo/domain/evaluation/evaluation.schema';
import type { Actor } from '../auth/actor.ts';
import type { DbOrTx } from '../db/client.ts';
import { computeSheet } from './compute-sheet.ts';
import { canReadSheet } from './evaluation-access.ts';
import { loadEvaluationContext } from './evaluation-context.ts';
import { presentSummary } from './evaluations.presenter.ts';
import { loadSheets } from './load-sheets.ts';

/** The plan's sheets the caller may read (own, those they evaluate or review, all for secretary/admin). */
export async function listEvaluations(
  db: DbOrTx,
  options: { planId: string; actor: Actor },
): Promise<EvaluationSummary[]> {
  const visible = (await loadSheets(db, { planId: options.planId })).filter((s) =>
    canReadSheet(options.actor, s.sheet),
  );
  if (visible.length === 0) return [];
  const ctx = await loadEvaluationContext(db, options.planId);
  return visible.map((s) => presentSummary(s.sheet, s.names, computeSheet(ctx, s.sheet, s.scores)));
}
