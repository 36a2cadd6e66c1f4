import { and, asc, eq, isNotNull } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.ts';
import { changeRequests } from '../db/schema/change-requests.ts';
import { acts, amendments, planVersions } from '../db/schema/plans.ts';
import type { PlanVersion } from './versions.schema.ts';

/** Every adopted version with its act and, for amendments, the change requests it recorded. */
export async function listPlanVersions(db: DbOrTx, planId: string): Promise<PlanVersion[]> {
  const [versions, amendmentRows, requestRows] = await Promise.all([
    db
      .select({ version: planVersions.version, createdAt: planVersions.createdAt, act: acts })
      .from(planVersions)
      .leftJoin(acts, eq(acts.id, planVersions.actId))
      .where(eq(planVersions.planId, planId))
      .orderBy(asc(planVersions.version)),
    db.select().from(amendments).where(eq(amendments.planId, planId)),
    db
      .select({ id: changeRequests.id, amendmentId: changeRequests.amendmentId })
      .from(changeRequests)
      .where(and(eq(changeRequests.planId, planId), isNotNull(changeRequests.amendmentId)))
      .orderBy(asc(changeRequests.requestedAt), asc(changeRequests.id)),
  ]);
  return versions.map((v) => {
    const amendment = amendmentRows.find((a) => a.version === v.version) ?? null;
    return {
      version: v.version,
      actNumber: v.act?.number ?? null,
      actDate: v.act?.date ?? null,
      actBody: v.act?.body ?? null,
      createdAt: v.createdAt.toISOString(),
      changeRequestIds: amendment
        ? requestRows.filter((r) => r.amendmentId === amendment.id).map((r) => r.id)
        : [],
      amendment: amendment
        ? { id: amendment.id, number: amendment.number, baseVersion: amendment.baseVersion }
        : null,
    };
  });
}
