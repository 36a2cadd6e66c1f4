import type { EvaluationDetail } from '@traguardo/domain/evaluation/evaluation.schema';
import { asc, eq } from 'drizzle-orm';
import type { Actor } from '../auth/actor.ts';
import type { Db } from '../db/client.ts';
import { evaluationEvents } from '../db/schema/evaluations.ts';
import { users } from '../db/schema/users.ts';
import { notFound } from '../errors/app-error.ts';
import { computeSheet } from './compute-sheet.ts';
import { authorizeSheet } from './evaluation-access.ts';
import { loadEvaluationContext } from './evaluation-context.ts';
import { presentDetail } from './evaluations.presenter.ts';
import { loadSheets } from './load-sheets.ts';
import { type EvaluationEventAction, recordEvaluationEvent } from './record-evaluation-event.ts';
import { loadSeenAt, sheetDates } from './sheet-dates.ts';
import { sheetPermissions } from './sheet-permissions.ts';

/**
 * One sheet, for those who may read it (404 for anyone else). Each reading is recorded; the person's
 * first reading after delivery is also recorded as `seen`, which starts the time to contest.
 * `as: null` answers a write, whose own event is already recorded.
 */
export async function getEvaluation(
  db: Db,
  options: { id: string; actor: Actor | null; as?: EvaluationEventAction | null; now?: Date },
): Promise<EvaluationDetail> {
  const [loaded] = await loadSheets(db, { id: options.id });
  if (!loaded) throw notFound('Evaluation');
  const actor = authorizeSheet(options.actor, loaded.sheet);
  const { sheet } = loaded;
  const isPerson = [...actor.memberships.values()].some(
    (m) => m.orgId === sheet.orgId && m.personId === sheet.personId,
  );
  if (options.as !== null)
    await db.transaction(async (tx) => {
      await recordEvaluationEvent(tx, {
        evaluationId: sheet.id,
        action: options.as ?? 'read',
        actorUserId: actor.userId,
      });
      if (isPerson && sheet.deliveredAt && !(await loadSeenAt(tx, sheet.id)))
        await recordEvaluationEvent(tx, {
          evaluationId: sheet.id,
          action: 'seen',
          actorUserId: actor.userId,
        });
    });
  const ctx = await loadEvaluationContext(db, sheet.planId);
  const computed = computeSheet(ctx, sheet, loaded.scores);
  const dates = await sheetDates(db, sheet, ctx.rules);
  const events = await db
    .select({
      id: evaluationEvents.id,
      action: evaluationEvents.action,
      at: evaluationEvents.at,
      actor: users.name,
      note: evaluationEvents.note,
    })
    .from(evaluationEvents)
    .leftJoin(users, eq(users.id, evaluationEvents.actorUserId))
    .where(eq(evaluationEvents.evaluationId, sheet.id))
    .orderBy(asc(evaluationEvents.at));
  return presentDetail({
    sheet,
    names: loaded.names,
    computed,
    dates,
    events,
    can: sheetPermissions(actor, sheet, computed, dates, options.now ?? new Date()),
  });
}
