import type {
  ChangeRequest,
  DecideChangeRequest,
} from '@traguardo/domain/change-request/change-request.schema';
import { eq } from 'drizzle-orm';
import { recordAudit } from '../audit/record-audit.ts';
import type { Actor } from '../auth/actor.ts';
import { authorize, requireActor } from '../auth/authorize.ts';
import type { Db } from '../db/client.ts';
import { changeRequests } from '../db/schema/change-requests.ts';
import { AppError, conflict, forbidden, unprocessable } from '../errors/app-error.ts';
import { loadPlanDocument } from '../plans/load-plan-document.ts';
import { planScope } from '../plans/plan-scope.ts';
import { getChangeRequest, loadChangeRequestRow } from './load-change-requests.ts';
import { storedTargetType } from './locate-target.ts';
import { validateChangeSet } from './validate-change-set.ts';

/** "Si valuterà l'esito a consuntivo": the Nucleo's usual words for a deferral. */
export const DEFERRED_NOTE = "Si valuterà l'esito a consuntivo";

/**
 * Decisione del Nucleo di Valutazione. The evaluator only, never on a request of their own; until
 * an amendment adopts it, a decision may be taken again.
 */
export async function decideChangeRequest(
  db: Db,
  options: { actor: Actor | null; id: string; input: DecideChangeRequest },
): Promise<ChangeRequest> {
  requireActor(options.actor);
  const row = await loadChangeRequestRow(db, options.id);
  const scope = await planScope(db, row.planId);
  const actor = authorize(options.actor, 'change-request.decide', { orgId: scope.orgId });
  if (row.requestedBy === actor.userId) throw forbidden('Nobody decides a change request of their own');
  if (row.status === 'adopted') throw conflict('The request is already adopted by an amendment');

  const { outcome, note, changes } = options.input;
  const targetType = storedTargetType(row.targetType);
  let decisionChanges: Record<string, unknown> | null = null;
  if (outcome === 'accepted') {
    if (changes)
      throw unprocessable('Changes go with accepted_with_changes', [
        {
          field: 'changes',
          message: 'changes: an accepted request adopts the changes asked; use accepted_with_changes',
        },
      ]);
    const doc = await loadPlanDocument(db, row.planId);
    try {
      const { set } = await validateChangeSet(db, {
        doc,
        targetType,
        targetId: row.targetId,
        raw: row.changes,
      });
      decisionChanges = set.changes;
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      // Imported requests are free text until the Nucleo states the changes it adopts.
      throw new AppError(
        'unprocessable',
        `The request cannot be adopted as asked (${error.message}): decide accepted_with_changes with the changes`,
        { errors: error.options.errors },
      );
    }
  } else if (outcome === 'accepted_with_changes') {
    if (!changes)
      throw unprocessable('The changes adopted are required', [
        { field: 'changes', message: 'changes: required with accepted_with_changes' },
      ]);
    const doc = await loadPlanDocument(db, row.planId);
    const { set } = await validateChangeSet(db, { doc, targetType, targetId: row.targetId, raw: changes });
    decisionChanges = set.changes;
  } else if (outcome === 'rejected' && !note)
    throw unprocessable('A rejection gives its reason', [
      { field: 'note', message: 'note: required when rejecting' },
    ]);

  const decisionNote = note ?? (outcome === 'deferred' ? DEFERRED_NOTE : null);
  await db.transaction(async (tx) => {
    const [after] = await tx
      .update(changeRequests)
      .set({
        status: 'decided',
        outcome,
        decisionNote,
        decisionChanges,
        decidedBy: actor.userId,
        decidedAt: new Date(),
      })
      .where(eq(changeRequests.id, row.id))
      .returning();
    await recordAudit(tx, {
      orgId: scope.orgId,
      actorUserId: actor.userId,
      action: 'change-request.decide',
      entityType: 'change_request',
      entityId: row.id,
      before: row,
      after,
    });
  });
  return getChangeRequest(db, row.id);
}
