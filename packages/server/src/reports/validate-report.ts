import { and, eq } from 'drizzle-orm';
import { recordAudit } from '../audit/record-audit.ts';
import type { Db } from '../db/client.ts';
import { performanceReports } from '../db/schema/publications.ts';
import { conflict, unprocessable } from '../errors/app-error.ts';
import type { PlanScope } from '../plans/plan-scope.ts';
import { getReport } from './get-report.ts';
import type { Report } from './report.schema.ts';

/**
 * The Nucleo di Valutazione validates the Relazione (D.Lgs. 150/2009 art. 14 c. 4 lett. c): who
 * and when are recorded, and from then on the result bonus may be paid.
 */
export async function validateReport(
  db: Db,
  options: { scope: PlanScope; actorUserId: string },
): Promise<Report> {
  const { scope, actorUserId } = options;
  if (scope.currentVersion === null) throw conflict('A draft plan has no Relazione to validate');
  return db.transaction(async (tx) => {
    const before = await getReport(tx, scope.planId);
    if (before.status === 'validated') throw conflict('The Relazione is already validated');
    if (!before.commentary)
      throw unprocessable('The Relazione has no commentary yet', [
        { field: 'commentary', message: 'commentary: the secretary writes it before validation' },
      ]);
    const now = new Date();
    // Conditional on the draft state, so that of two validations at once only one is recorded.
    const changed = await tx
      .update(performanceReports)
      .set({ status: 'validated', validatedBy: actorUserId, validatedAt: now, updatedAt: now })
      .where(and(eq(performanceReports.planId, scope.planId), eq(performanceReports.status, 'draft')))
      .returning({ id: performanceReports.id });
    if (changed.length === 0) throw conflict('The Relazione is already validated');
    const after = await getReport(tx, scope.planId);
    await recordAudit(tx, {
      orgId: scope.orgId,
      actorUserId,
      action: 'report.validate',
      entityType: 'performance_report',
      entityId: scope.planId,
      before: { status: before.status },
      after: { status: after.status, validatedAt: after.validatedAt },
    });
    return after;
  });
}
