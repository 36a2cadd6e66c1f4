import { and, asc, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.ts';
import { changeRequests } from '../db/schema/change-requests.ts';
import { acts, amendments, planVersions } from '../db/schema/plans.ts';
import type { PlanVersion } from './versions.schema.ts';

/**
 * Every adopted version (by number; a window of them when `window` is given) with its act and, for
 * amendments, the change requests it recorded: three queries, one after the other (the caller's
 * handle may be a transaction, whose one connection runs one query at a time).
 */
export async function listPlanVersions(
  db: DbOrTx,
  planId: string,
  window: { limit: number; offset: number } | null = null,
): Promise<PlanVersion[]> {
  const query = db
    .select({ version: planVersions.version, createdAt: planVersions.createdAt, act: acts })
    .from(planVersions)
    .leftJoin(acts, eq(acts.id, planVersions.actId))
    .where(eq(planVersions.planId, planId))
    .orderBy(asc(planVersions.version));
  const versions = window ? await query.limit(window.limit).offset(window.offset) : await query;
  const numbers = versions.map((v) => v.version);
  const amendmentRows =
    numbers.length === 0
      ? []
      : await db
          .select()
          .from(amendments)
          .where(and(eq(amendments.planId, planId), inArray(amendments.version, numbers)));
  const amendmentIds = amendmentRows.map((a) => a.id);
  const requestRows =
    amendmentIds.length === 0
      ? []
      : await db
          .select({ id: changeRequests.id, amendmentId: changeRequests.amendmentId })
          .from(changeRequests)
          .where(inArray(changeRequests.amendmentId, amendmentIds))
          .orderBy(asc(changeRequests.requestedAt), asc(changeRequests.id));
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
