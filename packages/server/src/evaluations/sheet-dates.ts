import { type ConciliationDates, conciliationDates } from '@traguardo/domain/evaluation/evaluation-workflow';
import { and, asc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.ts';
import { evaluationEvents } from '../db/schema/evaluations.ts';
import type { SheetRow } from './evaluation-access.ts';

/** When the person first saw the delivered sheet: the start of the time to contest it. */
export async function loadSeenAt(db: DbOrTx, evaluationId: string): Promise<Date | null> {
  const [seen] = await db
    .select({ at: evaluationEvents.at })
    .from(evaluationEvents)
    .where(and(eq(evaluationEvents.evaluationId, evaluationId), eq(evaluationEvents.action, 'seen')))
    .orderBy(asc(evaluationEvents.at))
    .limit(1);
  return seen?.at ?? null;
}

export async function sheetDates(
  db: DbOrTx,
  sheet: SheetRow,
  rules: { conciliationRequestDays: number; conciliationDecisionDays: number },
): Promise<ConciliationDates> {
  const seenAt = sheet.deliveredAt ? await loadSeenAt(db, sheet.id) : null;
  return conciliationDates(
    { deliveredAt: sheet.deliveredAt, seenAt, contestedAt: sheet.contestedAt, reviewedAt: sheet.reviewedAt },
    rules,
  );
}
