import { and, desc, eq, isNull } from 'drizzle-orm';
import { recordAudit } from '../audit/record-audit.ts';
import type { Db } from '../db/client.ts';
import { bonusDistributions } from '../db/schema/evaluations.ts';
import { performanceReports } from '../db/schema/publications.ts';
import { conflict, notFound } from '../errors/app-error.ts';

/**
 * Records that the shares were paid. D.Lgs. 150/2009 art. 14: no bonus is paid before the Nucleo has
 * validated the Relazione sulla Performance of the plan (409 otherwise).
 */
export async function markBonusPaid(
  db: Db,
  options: { planId: string; id: string; orgId: string; actorUserId: string; now?: Date },
): Promise<void> {
  const [report] = await db
    .select({ status: performanceReports.status })
    .from(performanceReports)
    .where(eq(performanceReports.planId, options.planId));
  if (report?.status !== 'validated')
    throw conflict(
      'The Relazione sulla Performance must be validated by the Nucleo before any bonus is paid (art. 14)',
    );
  await db.transaction(async (tx) => {
    const [row] = await tx
      .select({
        id: bonusDistributions.id,
        paidAt: bonusDistributions.paidAt,
        totalCents: bonusDistributions.totalCents,
      })
      .from(bonusDistributions)
      .where(and(eq(bonusDistributions.id, options.id), eq(bonusDistributions.planId, options.planId)));
    if (!row) throw notFound('Bonus distribution');
    if (row.paidAt) throw conflict('This distribution is already marked paid');
    const [latest] = await tx
      .select({ id: bonusDistributions.id })
      .from(bonusDistributions)
      .where(eq(bonusDistributions.planId, options.planId))
      .orderBy(desc(bonusDistributions.computedAt))
      .limit(1);
    if (latest?.id !== options.id)
      throw conflict('A later distribution replaced this one: only the latest can be paid');
    await tx
      .update(bonusDistributions)
      .set({ paidAt: options.now ?? new Date() })
      .where(and(eq(bonusDistributions.id, options.id), isNull(bonusDistributions.paidAt)));
    await recordAudit(tx, {
      orgId: options.orgId,
      actorUserId: options.actorUserId,
      action: 'bonus.paid',
      entityType: 'bonus_distribution',
      entityId: options.id,
      after: { totalCents: row.totalCents },
    });
  });
}
