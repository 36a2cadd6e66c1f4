import type { ScoreEvaluation } from '@traguardo/domain/evaluation/evaluation.schema';
import type { Actor } from '../auth/actor.ts';
import type { Db } from '../db/client.ts';
import { conflict } from '../errors/app-error.ts';
import { assertPoints } from './check-points.ts';
import { computeSheet } from './compute-sheet.ts';
import { authorizeSheet, loadSheet } from './evaluation-access.ts';
import { loadEvaluationContext } from './evaluation-context.ts';
import { scoreColumns, updateSheet, upsertPoints } from './update-sheet.ts';

/** The evaluator gives points to criteria (with an optional comment) while the sheet is a draft. */
export async function scoreEvaluationSheet(
  db: Db,
  options: { id: string; actor: Actor | null; input: ScoreEvaluation },
): Promise<void> {
  const sheet = await loadSheet(db, options.id);
  const actor = authorizeSheet(options.actor, sheet, 'evaluation.score');
  if (sheet.status !== 'draft')
    throw conflict(`The evaluation is ${sheet.status}: points change only in a draft or by review`);
  const ctx = await loadEvaluationContext(db, sheet.planId);
  const computed = computeSheet(ctx, sheet, []);
  assertPoints(computed.rules, options.input.behaviours);
  await db.transaction(async (tx) => {
    const points = await upsertPoints(tx, sheet.id, options.input.behaviours);
    await updateSheet(tx, {
      sheet,
      set: scoreColumns(computed, points),
      action: 'scored',
      actorUserId: actor.userId,
      note: options.input.behaviours.map((b) => `${b.criterion}: ${b.points}`).join(', '),
    });
  });
}
