import type {
  ChangeRequest,
  FileChangeRequest,
} from '@traguardo/domain/change-request/change-request.schema';
import { recordAudit } from '../audit/record-audit.ts';
import type { Actor } from '../auth/actor.ts';
import { authorize, requireActor } from '../auth/authorize.ts';
import type { Db } from '../db/client.ts';
import { changeRequests } from '../db/schema/change-requests.ts';
import { conflict } from '../errors/app-error.ts';
import { loadPlanDocument } from '../plans/load-plan-document.ts';
import { planScope } from '../plans/plan-scope.ts';
import { getChangeRequest } from './load-change-requests.ts';
import { locateTarget, planTargetInfo } from './locate-target.ts';
import { validateChangeSet } from './validate-change-set.ts';

/**
 * Richiesta di variazione on an adopted plan, by the manager of the target's unit or the secretary.
 * The changes are checked against the plan in force now, and again when an amendment adopts them.
 */
export async function fileChangeRequest(
  db: Db,
  options: { actor: Actor | null; planId: string; input: FileChangeRequest },
): Promise<ChangeRequest> {
  requireActor(options.actor);
  const scope = await planScope(db, options.planId);
  const actor = authorize(options.actor, 'plan.read', { orgId: scope.orgId });
  if (scope.currentVersion === null || scope.status !== 'adopted')
    throw conflict('Change requests apply to an adopted plan: a draft is edited directly');

  const { target, changes, reason, requestText } = options.input;
  const targetId = target.type === 'plan' ? null : (target.id ?? null);
  const doc = await loadPlanDocument(db, scope.planId);
  const located = locateTarget(doc, target.type, targetId);
  const { set } = await validateChangeSet(db, { doc, targetType: target.type, targetId, raw: changes });
  const info = target.type === 'plan' ? planTargetInfo(set) : located;
  authorize(actor, 'change-request.file', { orgId: scope.orgId, unitId: info.unitId });

  const id = await db.transaction(async (tx) => {
    const [row] = await tx
      .insert(changeRequests)
      .values({
        planId: scope.planId,
        targetType: target.type,
        targetId,
        targetCode: info.code,
        changes: set.changes,
        remove: 'remove' in set.changes && set.changes.remove === true,
        requestText: requestText ?? null,
        reason,
        requestedBy: actor.userId,
      })
      .returning();
    if (!row) throw new Error('insert returned nothing');
    await recordAudit(tx, {
      orgId: scope.orgId,
      actorUserId: actor.userId,
      action: 'change-request.file',
      entityType: 'change_request',
      entityId: row.id,
      after: row,
    });
    return row.id;
  });
  return getChangeRequest(db, id);
}
