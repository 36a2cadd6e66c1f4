import { canTransition } from '@traguardo/domain/evaluation/evaluation-workflow';
import type { Actor } from '../auth/actor.ts';
import type { Db } from '../db/client.ts';
import { conflict, notFound } from '../errors/app-error.ts';
import { assertPoints } from './check-points.ts';
import { computeSheet } from './compute-sheet.ts';
import { authorizeSheet } from './evaluation-access.ts';
import { loadEvaluationContext } from './evaluation-context.ts';
import { loadSheets } from './load-sheets.ts';
import { type GivenPoints, scoreColumns, updateSheet, upsertPoints } from './update-sheet.ts';

/**
 * The conciliation body decides on a contested sheet (the Nucleo; for staff, with the Segretario):
 * a note with the decision, and the points it changes, if any.
 */
export async function reviewEvaluation(
  db: Db,
  options: { id: string; actor: Actor | null; note: string; behaviours?: GivenPoints[]; now?: Date },
): Promise<void> {
  const [loaded] = await loadSheets(db, { id: options.id });
  if (!loaded) throw notFound('Evaluation');
  const { sheet } = loaded;
  const actor = authorizeSheet(options.actor, sheet, 'evaluation.review');
  if (!canTransition('review', sheet.status))
    throw conflict(`Only a contested evaluation can be reviewed (this one is ${sheet.status})`);
  const ctx = await loadEvaluationContext(db, sheet.planId);
  const computed = computeSheet(ctx, sheet, loaded.scores);
  const changes = options.behaviours ?? [];
  assertPoints(computed.rules, changes);
  await db.transaction(async (tx) => {
    const points = changes.length > 0 ? await upsertPoints(tx, sheet.id, changes) : loaded.scores;
    await updateSheet(tx, {
      sheet,
      set: {
        status: 'reviewed',
        reviewNote: options.note,
        reviewedAt: options.now ?? new Date(),
        ...scoreColumns(computed, points),
      },
      action: 'reviewed',
      actorUserId: actor.userId,
      note: options.note,
    });
  });
}
