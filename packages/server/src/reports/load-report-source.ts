import { and, asc, eq, isNotNull } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.ts';
import { independentQueries } from '../db/independent-queries.ts';
import { changeRequests } from '../db/schema/change-requests.ts';
import { acts, amendments, planVersions } from '../db/schema/plans.ts';
import { loadDocumentAchievement } from '../documents/load-document-achievement.ts';
import { loadPlanSource } from '../documents/load-plan-source.ts';
import { getReport } from './get-report.ts';
import type { AdoptedChange, ReportSource, VersionRecord } from './report-source.ts';

export async function loadVersionRecords(db: DbOrTx, planId: string): Promise<VersionRecord[]> {
  const rows = await db
    .select({ version: planVersions.version, createdAt: planVersions.createdAt, act: acts })
    .from(planVersions)
    .leftJoin(acts, eq(acts.id, planVersions.actId))
    .where(eq(planVersions.planId, planId))
    .orderBy(asc(planVersions.version));
  return rows.map((r) => ({
    version: r.version,
    kind: r.version === 0 ? 'adoption' : 'amendment',
    act: r.act ? { body: r.act.body, number: r.act.number, date: r.act.date } : null,
    adoptedAt: r.createdAt.toISOString(),
  }));
}

/** The change requests that amendments adopted, in version order. */
export async function loadAdoptedChanges(db: DbOrTx, planId: string): Promise<AdoptedChange[]> {
  const rows = await db
    .select({ c: changeRequests, version: amendments.version })
    .from(changeRequests)
    .innerJoin(amendments, eq(amendments.id, changeRequests.amendmentId))
    .where(and(eq(changeRequests.planId, planId), isNotNull(changeRequests.amendmentId)))
    .orderBy(asc(amendments.version), asc(changeRequests.requestedAt));
  return rows.map(({ c, version }) => ({
    version,
    targetType: c.targetType,
    targetCode: c.targetCode,
    request: c.requestText ?? '',
    reason: c.reason,
    outcome: c.outcome,
    decisionNote: c.decisionNote,
  }));
}

/** The Relazione on the plan in force: achievement, commentary, versions and adopted changes. */
export async function loadReportSource(
  db: DbOrTx,
  options: { planId: string; orgId: string },
): Promise<ReportSource> {
  const source = await loadPlanSource(db, options);
  const [achievement, report, versions, changes] = await independentQueries(db, [
    () => loadDocumentAchievement(db, source.plan),
    () => getReport(db, options.planId),
    () => loadVersionRecords(db, options.planId),
    () => loadAdoptedChanges(db, options.planId),
  ]);
  return {
    ...source,
    achievement,
    report: { status: report.status, commentary: report.commentary, validatedAt: report.validatedAt },
    versions,
    changes,
  };
}
