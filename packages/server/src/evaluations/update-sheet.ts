import { scoreEvaluation } from '@traguardo/domain/evaluation/score-evaluation';
import { and, eq, sql } from 'drizzle-orm';
import { recordAudit } from '../audit/record-audit.ts';
import type { Tx } from '../db/client.ts';
import { evaluationScores, evaluations } from '../db/schema/evaluations.ts';
import { conflict } from '../errors/app-error.ts';
import type { ComputedSheet } from './compute-sheet.ts';
import type { SheetRow } from './evaluation-access.ts';
import { type EvaluationEventAction, recordEvaluationEvent } from './record-evaluation-event.ts';

export type GivenPoints = { criterion: string; points: number | null; comment?: string | null };

/** Writes points (insert or replace per criterion) and returns every point of the sheet. */
export async function upsertPoints(tx: Tx, evaluationId: string, given: GivenPoints[]) {
  for (const g of given)
    await tx
      .insert(evaluationScores)
      .values({ evaluationId, criterion: g.criterion, points: g.points, comment: g.comment ?? null })
      .onConflictDoUpdate({
        target: [evaluationScores.evaluationId, evaluationScores.criterion],
        set: { points: g.points, comment: g.comment ?? null },
      });
  return tx
    .select({
      criterion: evaluationScores.criterion,
      points: evaluationScores.points,
      comment: evaluationScores.comment,
    })
    .from(evaluationScores)
    .where(eq(evaluationScores.evaluationId, evaluationId));
}

/** The stored figures of a sheet after its points changed (the list and the bonus read them). */
export function scoreColumns(computed: ComputedSheet, points: GivenPoints[]) {
  const score = scoreEvaluation(computed.rules, computed.objectives, points);
  return {
    objectivesScore: score.objectives.score,
    behavioursScore: score.behaviours.score,
    total: score.total,
  };
}

/**
 * One step of a sheet: the update guarded by its row version (a concurrent step gets 409), the event
 * with who and when, and the audit entry, in the caller's transaction.
 */
export async function updateSheet(
  tx: Tx,
  options: {
    sheet: SheetRow;
    set: Partial<typeof evaluations.$inferInsert>;
    action: EvaluationEventAction;
    actorUserId: string;
    note?: string | null;
  },
): Promise<void> {
  const { sheet } = options;
  const updated = await tx
    .update(evaluations)
    .set({ ...options.set, rowVersion: sql`${evaluations.rowVersion} + 1` })
    .where(and(eq(evaluations.id, sheet.id), eq(evaluations.rowVersion, sheet.rowVersion)))
    .returning({ id: evaluations.id, status: evaluations.status });
  if (updated.length === 0) throw conflict('The evaluation was changed meanwhile: reload it');
  await recordEvaluationEvent(tx, {
    evaluationId: sheet.id,
    action: options.action,
    actorUserId: options.actorUserId,
    note: options.note ?? null,
  });
  await recordAudit(tx, {
    orgId: sheet.orgId,
    actorUserId: options.actorUserId,
    action: `evaluation.${options.action}`,
    entityType: 'evaluation',
    entityId: sheet.id,
    before: { status: sheet.status, total: sheet.total },
    after: { status: updated[0]?.status ?? sheet.status, total: options.set.total ?? sheet.total },
  });
}
