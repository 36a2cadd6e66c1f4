import { canTransition } from '@traguardo/domain/evaluation/evaluation-workflow';
import type { Actor } from '../auth/actor.ts';
import type { Db } from '../db/client.ts';
import { conflict } from '../errors/app-error.ts';
import { authorizeSheet, loadSheet } from './evaluation-access.ts';
import { updateSheet } from './update-sheet.ts';

/** The person acknowledges the delivered sheet ("presa visione"), with an optional note. */
export async function acknowledgeEvaluation(
  db: Db,
  options: { id: string; actor: Actor | null; note?: string },
): Promise<void> {
  const sheet = await loadSheet(db, options.id);
  const actor = authorizeSheet(options.actor, sheet, 'evaluation.respond');
  if (!canTransition('acknowledge', sheet.status))
    throw conflict(`Only a delivered evaluation can be acknowledged (this one is ${sheet.status})`);
  await db.transaction(async (tx) => {
    await updateSheet(tx, {
      sheet,
      set: { status: 'acknowledged' },
      action: 'acknowledged',
      actorUserId: actor.userId,
      note: options.note ?? null,
    });
  });
}
