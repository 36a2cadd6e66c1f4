import { and, eq, isNull } from 'drizzle-orm';
import { recordAudit } from '../audit/record-audit.ts';
import type { Db } from '../db/client.ts';
import { publications } from '../db/schema/publications.ts';
import { conflict } from '../errors/app-error.ts';
import type { PlanScope } from '../plans/plan-scope.ts';
import { buildPublicationContent } from './build-publication-content.ts';
import { publicPlanPath } from './publication-content.ts';

/**
 * Publishes the plan in Amministrazione Trasparente › Performance (D.Lgs. 33/2013 art. 10, 20):
 * what is public is frozen now. Publishing again (after an amendment, the Relazione's validation
 * or the bonus) replaces the live publication and keeps the previous one as a record.
 */
export async function publishPlan(
  db: Db,
  options: { scope: PlanScope; actorUserId: string },
): Promise<{ id: string; path: string; publishedAt: string }> {
  const { scope, actorUserId } = options;
  if (scope.currentVersion === null) throw conflict('Only an adopted plan can be published');
  const content = await buildPublicationContent(db, { planId: scope.planId, orgId: scope.orgId });
  return db.transaction(async (tx) => {
    const now = new Date();
    const replaced = await tx
      .update(publications)
      .set({ unpublishedAt: now, unpublishedBy: actorUserId })
      .where(and(eq(publications.planId, scope.planId), isNull(publications.unpublishedAt)))
      .returning({ id: publications.id });
    const [row] = await tx
      .insert(publications)
      .values({
        orgId: scope.orgId,
        planId: scope.planId,
        content,
        publishedBy: actorUserId,
        publishedAt: now,
      })
      .returning({ id: publications.id });
    if (!row) throw new Error('insert returned nothing');
    await recordAudit(tx, {
      orgId: scope.orgId,
      actorUserId,
      action: 'plan.publish',
      entityType: 'publication',
      entityId: row.id,
      before: replaced.length > 0 ? { replaced: replaced.map((r) => r.id) } : null,
      after: {
        planId: scope.planId,
        versions: content.versions.map((v) => v.version),
        report: content.report !== null,
        bonus: content.bonus !== null,
      },
    });
    return {
      id: row.id,
      path: publicPlanPath(content.organization.slug, scope.planId),
      publishedAt: now.toISOString(),
    };
  });
}
