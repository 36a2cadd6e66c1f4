import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { acts, plans } from '../../db/schema/plans.ts';
import { freezePlanVersion } from '../../plans/freeze-plan-version.ts';

/**
 * Adopts a draft plan as version 0 straight in the database, as the adoption use-case does, so the
 * tests of amendments do not depend on the authoring feature's routes.
 */
export async function adoptForTest(
  db: Db,
  options: { orgId: string; planId: string; actNumber?: string; actDate?: string; userId?: string | null },
): Promise<void> {
  await db.transaction(async (tx) => {
    const [act] = await tx
      .insert(acts)
      .values({
        orgId: options.orgId,
        planId: options.planId,
        kind: 'adoption',
        number: options.actNumber ?? '1',
        date: options.actDate ?? '2019-01-31',
      })
      .returning();
    if (!act) throw new Error('no act');
    await tx.update(plans).set({ status: 'adopted', currentVersion: 0 }).where(eq(plans.id, options.planId));
    await freezePlanVersion(tx, {
      planId: options.planId,
      version: 0,
      actId: act.id,
      userId: options.userId ?? null,
    });
  });
}
