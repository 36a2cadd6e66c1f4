import { canTransition, withinDeadline } from '@traguardo/domain/evaluation/evaluation-workflow';
import { formatDate } from '@traguardo/domain/format/italian';
import type { Actor } from '../auth/actor.ts';
import type { Db } from '../db/client.ts';
import { conflict } from '../errors/app-error.ts';
import { authorizeSheet, loadSheet } from './evaluation-access.ts';
import { loadRulesForPlan } from './load-evaluation-rules.ts';
import { sheetDates } from './sheet-dates.ts';
import { updateSheet } from './update-sheet.ts';

/**
 * The person asks for a review with reasons (conciliation, D.Lgs. 150/2009 art. 7), within the
 * rules' working days from seeing the sheet.
 */
export async function contestEvaluation(
  db: Db,
  options: { id: string; actor: Actor | null; reason: string; now?: Date },
): Promise<void> {
  const sheet = await loadSheet(db, options.id);
  const actor = authorizeSheet(options.actor, sheet, 'evaluation.respond');
  if (!canTransition('contest', sheet.status))
    throw conflict(`Only a delivered evaluation can be contested (this one is ${sheet.status})`);
  const rules = await loadRulesForPlan(db, sheet.planId);
  const now = options.now ?? new Date();
  const dates = await sheetDates(db, sheet, rules);
  if (!withinDeadline(dates.contestBy, now))
    throw conflict(
      `The time to ask for a review ended on ${dates.contestBy ? formatDate(dates.contestBy) : '—'}`,
    );
  await db.transaction(async (tx) => {
    await updateSheet(tx, {
      sheet,
      set: { status: 'contested', contestReason: options.reason, contestedAt: now },
      action: 'contested',
      actorUserId: actor.userId,
      note: options.reason,
    });
  });
}
