import type { DbOrTx } from '../db/client.ts';
import { evaluationEvents } from '../db/schema/evaluations.ts';

export type EvaluationEventAction =
  | 'opened'
  | 'scored'
  | 'self_assessed'
  | 'delivered'
  | 'seen'
  | 'acknowledged'
  | 'contested'
  | 'reviewed'
  | 'finalized'
  | 'read'
  | 'downloaded';

/** Every step of a sheet, and every reading of it, with who and when. */
export async function recordEvaluationEvent(
  tx: DbOrTx,
  event: {
    evaluationId: string;
    action: EvaluationEventAction;
    actorUserId: string | null;
    note?: string | null;
  },
): Promise<void> {
  await tx.insert(evaluationEvents).values({
    evaluationId: event.evaluationId,
    action: event.action,
    actorUserId: event.actorUserId,
    note: event.note ?? null,
  });
}
