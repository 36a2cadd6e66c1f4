import { and, eq, isNull } from 'drizzle-orm';
import { recordAudit } from '../audit/record-audit.ts';
import type { Db } from '../db/client.ts';
import { publications } from '../db/schema/publications.ts';
import { notFound } from '../errors/app-error.ts';
import type { PlanScope } from '../plans/plan-scope.ts';

/** Takes the plan off the public pages; the publication stays, with who and when, as a record. */
export async function unpublishPlan(
  db: Db,
  options: { scope: PlanScope; actorUserId: string },
): Promise<void> {
  const { scope, actorUserId } = options;
  await db.transaction(async (tx) => {
    const rows = await tx
      .update(publications)
      .set({ unpublishedAt: new Date(), unpublishedBy: actorUserId })
      .where(and(eq(publications.planId, scope.planId), isNull(publications.unpublishedAt)))
      .returning({ id: publications.id });
    if (rows.length === 0) throw notFound('Publication');
    await recordAudit(tx, {
      orgId: scope.orgId,
      actorUserId,
      action: 'plan.unpublish',
      entityType: 'publication',
      entityId: rows[0]?.id ?? null,
      before: { published: true },
      after: { published: false },
    });
  });
}
