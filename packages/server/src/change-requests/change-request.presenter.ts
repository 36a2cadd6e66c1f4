import {
  CHANGE_REQUEST_STATUSES,
  CHANGE_TARGET_TYPES,
  type ChangeRequest,
  DECISION_OUTCOMES,
} from '@traguardo/domain/change-request/change-request.schema';
import { z } from 'zod';
import type { changeRequests } from '../db/schema/change-requests.ts';

export type ChangeRequestRow = typeof changeRequests.$inferSelect;
export type UserNames = Map<string, string>;

const Changes = z.record(z.string(), z.unknown());
const parseOr = <T>(schema: z.ZodType<T>, value: unknown, fallback: T): T => {
  const r = schema.safeParse(value);
  return r.success ? r.data : fallback;
};
const TargetType = z.enum(CHANGE_TARGET_TYPES);
const Status = z.enum(CHANGE_REQUEST_STATUSES);
const Outcome = z.enum(DECISION_OUTCOMES);

const who = (id: string | null, names: UserNames) => (id ? { id, name: names.get(id) ?? '' } : null);

/** A change request as the API gives it; rows written by the importer may hold free text only. */
export function presentChangeRequest(row: ChangeRequestRow, names: UserNames): ChangeRequest {
  const outcome = Outcome.safeParse(row.outcome);
  return {
    id: row.id,
    planId: row.planId,
    target: { type: parseOr(TargetType, row.targetType, 'plan'), id: row.targetId, code: row.targetCode },
    changes: parseOr(Changes, row.changes, {}),
    requestText: row.requestText,
    reason: row.reason,
    requestedBy: who(row.requestedBy, names),
    requestedAt: row.requestedAt.toISOString(),
    status: parseOr(Status, row.status, 'pending'),
    decision: outcome.success
      ? {
          outcome: outcome.data,
          note: row.decisionNote,
          changes: row.decisionChanges ? parseOr(Changes, row.decisionChanges, {}) : null,
          decidedBy: who(row.decidedBy, names),
          decidedAt: row.decidedAt?.toISOString() ?? null,
        }
      : null,
    draftDecisionNote: outcome.success ? null : row.decisionNote,
    amendmentId: row.amendmentId,
  };
}
