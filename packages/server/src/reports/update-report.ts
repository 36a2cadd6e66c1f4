import { eq } from 'drizzle-orm';
import { recordAudit } from '../audit/record-audit.ts';
import type { Db } from '../db/client.ts';
import { performanceReports } from '../db/schema/publications.ts';
import { conflict } from '../errors/app-error.ts';
import type { PlanScope } from '../plans/plan-scope.ts';
import { getReport } from './get-report.ts';
import type { Report, UpdateReport } from './report.schema.ts';

/**
 * The secretary writes the Relazione's commentary. It reports on an adopted plan, and once the
 * Nucleo has validated it the text is what was validated: no more edits.
 */
export async function updateReport(
  db: Db,
  options: { scope: PlanScope; actorUserId: string; input: UpdateReport },
): Promise<Report> {
  const { scope, actorUserId, input } = options;
  if (scope.currentVersion === null) throw conflict('A draft plan has no Relazione yet: adopt it first');
  const commentary = input.commentary?.trim() ? input.commentary.trim() : null;
  return db.transaction(async (tx) => {
    const before = await getReport(tx, scope.planId);
    if (before.status === 'validated')
      throw conflict('The Relazione was validated by the Nucleo and can no longer change');
    // The update applies to a draft only: a validation committed meanwhile wins.
    const written = await tx
      .insert(performanceReports)
      .values({ planId: scope.planId, commentary })
      .onConflictDoUpdate({
        target: performanceReports.planId,
        set: { commentary, updatedAt: new Date() },
        setWhere: eq(performanceReports.status, 'draft'),
      })
      .returning({ id: performanceReports.id });
    if (written.length === 0)
      throw conflict('The Relazione was validated by the Nucleo and can no longer change');
    const after = await getReport(tx, scope.planId);
    await recordAudit(tx, {
      orgId: scope.orgId,
      actorUserId,
      action: 'report.update',
      entityType: 'performance_report',
      entityId: scope.planId,
      before: { commentary: before.commentary },
      after: { commentary: after.commentary },
    });
    return after;
  });
}
