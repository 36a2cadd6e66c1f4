import type { ChangeRequest } from '@traguardo/domain/change-request/change-request.schema';
import { describeChanges } from '@traguardo/domain/change-request/variation-document';
import type { PlanDocument } from '@traguardo/domain/plan/plan.schema';

/** The request in words: as the manager wrote it, else its changes read against the plan. */
export function requestWords(plan: PlanDocument | undefined, r: ChangeRequest): string {
  if (r.requestText?.trim()) return r.requestText.trim();
  return plan ? describeChanges(plan, r.target.type, r.target.id, r.changes) : '';
}

/** The changes asked or adopted, read against the plan: "Indicatore 1299 – target: 247 → 217". */
export function changeWords(
  plan: PlanDocument | undefined,
  r: ChangeRequest,
  which: 'asked' | 'adopted',
): string {
  const raw = which === 'asked' ? r.changes : r.decision?.changes;
  return plan && raw ? describeChanges(plan, r.target.type, r.target.id, raw) : '';
}
