import type { SelfAssessment } from '@traguardo/domain/evaluation/evaluation.schema';
import type { Actor } from '../auth/actor.ts';
import type { Db } from '../db/client.ts';
import { conflict } from '../errors/app-error.ts';
import { assertPoints } from './check-points.ts';
import { computeSheet } from './compute-sheet.ts';
import { authorizeSheet, loadSheet } from './evaluation-access.ts';
import { loadEvaluationContext } from './evaluation-context.ts';
import { updateSheet } from './update-sheet.ts';

/** The person's optional self-assessment, on the same criteria, while the sheet is a draft. */
export async function selfAssessEvaluation(
  db: Db,
  options: { id: string; actor: Actor | null; input: SelfAssessment },
): Promise<void> {
  const sheet = await loadSheet(db, options.id);
  const actor = authorizeSheet(options.actor, sheet, 'evaluation.respond');
  if (sheet.status !== 'draft') throw conflict('The self-assessment is possible only before delivery');
  const ctx = await loadEvaluationContext(db, sheet.planId);
  assertPoints(computeSheet(ctx, sheet, []).rules, options.input.behaviours);
  await db.transaction(async (tx) => {
    await updateSheet(tx, {
      sheet,
      set: { selfAssessment: { ...options.input } },
      action: 'self_assessed',
      actorUserId: actor.userId,
    });
  });
}
