import { canTransition, withinDeadline } from '@traguardo/domain/evaluation/evaluation-workflow';
import type { Actor } from '../auth/actor.ts';
import type { Db } from '../db/client.ts';
import { conflict, forbidden } from '../errors/app-error.ts';
import { authorizeSheet, canFinalize, loadSheet } from './evaluation-access.ts';
import { loadRulesForPlan } from './load-evaluation-rules.ts';
import { sheetDates } from './sheet-dates.ts';
import { updateSheet } from './update-sheet.ts';

/**
 * Closes a sheet: after acknowledgement or review, or once the time to contest a delivered sheet has
 * passed without an answer. The secretary or the conciliation body does it.
 */
export async function finalizeEvaluation(
  db: Db,
  options: { id: string; actor: Actor | null; note?: string; now?: Date },
): Promise<void> {
  const sheet = await loadSheet(db, options.id);
  const actor = authorizeSheet(options.actor, sheet);
  if (!canFinalize(actor, sheet)) throw forbidden('Not allowed: evaluation.finalize');
  if (!canTransition('finalize', sheet.status))
    throw conflict(`The evaluation is ${sheet.status}: it cannot be made final now`);
  if (sheet.status === 'delivered') {
    const rules = await loadRulesForPlan(db, sheet.planId);
    const dates = await sheetDates(db, sheet, rules);
    if (withinDeadline(dates.contestBy, options.now ?? new Date()))
      throw conflict(`The person may still ask for a review until ${dates.contestBy}`);
  }
  await db.transaction(async (tx) => {
    await updateSheet(tx, {
      sheet,
      set: { status: 'final' },
      action: 'finalized',
      actorUserId: actor.userId,
      note: options.note ?? null,
    });
  });
}
