import { canTransition } from '@traguardo/domain/evaluation/evaluation-workflow';
import type { Actor } from '../auth/actor.ts';
import type { Db } from '../db/client.ts';
import { conflict, notFound } from '../errors/app-error.ts';
import { computeSheet } from './compute-sheet.ts';
import { authorizeSheet } from './evaluation-access.ts';
import { loadEvaluationContext } from './evaluation-context.ts';
import { loadSheets } from './load-sheets.ts';
import type { SheetSnapshot } from './sheet-snapshot.ts';
import { updateSheet } from './update-sheet.ts';

/**
 * The evaluator delivers the complete sheet to the person. Its objectives (with their achievement) and
 * criteria are frozen, so what the person signs stays what they were given.
 */
export async function deliverEvaluation(
  db: Db,
  options: { id: string; actor: Actor | null; note?: string; now?: Date },
): Promise<void> {
  const [loaded] = await loadSheets(db, { id: options.id });
  if (!loaded) throw notFound('Evaluation');
  const { sheet } = loaded;
  const actor = authorizeSheet(options.actor, sheet, 'evaluation.score');
  if (!canTransition('deliver', sheet.status)) throw conflict(`The evaluation is already ${sheet.status}`);
  const ctx = await loadEvaluationContext(db, sheet.planId);
  const computed = computeSheet(ctx, sheet, loaded.scores);
  if (computed.score.objectives.score === null)
    throw conflict('No objective of this person is measured yet: the objectives part cannot be computed');
  if (computed.total === null)
    throw conflict(
      `Every criterion needs its points before delivery (${computed.score.behaviours.scored} of ${computed.score.behaviours.lines.length} scored)`,
    );
  const snapshot: SheetSnapshot = { objectives: computed.objectives, rules: computed.rules };
  await db.transaction(async (tx) => {
    await updateSheet(tx, {
      sheet,
      set: {
        status: 'delivered',
        deliveredAt: options.now ?? new Date(),
        snapshot: { ...snapshot },
        objectivesScore: computed.objectivesScore,
        behavioursScore: computed.behavioursScore,
        total: computed.total,
      },
      action: 'delivered',
      actorUserId: actor.userId,
      note: options.note ?? null,
    });
  });
}
