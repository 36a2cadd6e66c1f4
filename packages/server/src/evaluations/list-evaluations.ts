import type { EvaluationSummary } from '@traguardo/domain/evaluation/evaluation.schema';
import type { Actor } from '../auth/actor.ts';
import type { DbOrTx } from '../db/client.ts';
import { computeSheet } from './compute-sheet.ts';
import { canReadSheet } from './evaluation-access.ts';
import { loadEvaluationContext } from './evaluation-context.ts';
import { presentSummary } from './evaluations.presenter.ts';
import { loadSheets } from './load-sheets.ts';
import { readableSheetsWhere } from './readable-sheets.ts';

/**
 * The plan's sheets the caller may read (own, those they evaluate or review, all for secretary/admin),
 * by the person's name then id; filtered in the database first, so that a window is a page of what
 * the caller may read.
 */
export async function listEvaluations(
  db: DbOrTx,
  options: {
    planId: string;
    orgId: string;
    actor: Actor;
    window?: { limit: number; offset: number } | null;
  },
): Promise<EvaluationSummary[]> {
  const loaded = await loadSheets(
    db,
    { planId: options.planId },
    { filter: readableSheetsWhere(options.actor, options.orgId), window: options.window },
  );
  // The database filter is canReadSheet asked in SQL; asking it again here means a disagreement
  // between the two could never hand out a sheet the caller may not read.
  const visible = loaded.filter((s) => canReadSheet(options.actor, s.sheet));
  if (visible.length === 0) return [];
  const ctx = await loadEvaluationContext(db, options.planId);
  return visible.map((s) => presentSummary(s.sheet, s.names, computeSheet(ctx, s.sheet, s.scores)));
}
