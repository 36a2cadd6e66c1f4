import { and, eq, isNull } from 'drizzle-orm';
import { recordAudit } from '../audit/record-audit.ts';
import type { Db } from '../db/client.ts';
import { measurements } from '../db/schema/measurements.ts';
import { indicators, plans } from '../db/schema/plans.ts';

/**
 * The Cremona demo's monitoring at 30 September 2019 ("monitoraggio intermedio"), so the dashboard
 * is not empty: interim values for a dozen indicators, as a share of each one's target in force
 * (so they stay plausible whether or not the amendment has been applied), and one final measurement
 * waiting for the Nucleo's validation.
 */
const INTERIM_SHARE: Record<string, number> = {
  '1011': 0.6,
  '1299': 0.7,
  '1396': 0.75,
  '278': 0.65,
  '349': 0.5,
  '1389': 0.45,
  '1416': 0.9,
  '1174': 0.8,
  '1176': 0.55,
  '1479': 0.85,
  '891': 0.95,
  '1443': 0.3,
};
/** Lower is better, target 0,1 (Cremona's workaround for 0): no appeals so far. */
const NEGATIVE_INTERIM: Record<string, number> = { '1528': 0 };
/** Done before the end of the year, recorded as final. */
const FINAL_DONE = ['1610'];

export const CREMONA_MONITORING_DATE = '2019-09-30';

/** Idempotent: a plan that already has measurements is left as it is. Returns how many were added. */
export async function seedCremonaMeasurements(db: Db, options: { planId: string }): Promise<number> {
  const [plan] = await db.select({ orgId: plans.orgId }).from(plans).where(eq(plans.id, options.planId));
  if (!plan) return 0;
  const [any] = await db
    .select({ id: measurements.id })
    .from(measurements)
    .where(eq(measurements.planId, options.planId))
    .limit(1);
  if (any) return 0;
  const rows = await db
    .select({ id: indicators.id, code: indicators.code, target: indicators.target })
    .from(indicators)
    .where(and(eq(indicators.planId, options.planId), isNull(indicators.removedInVersion)));
  const values = rows.flatMap((i) => {
    const share = INTERIM_SHARE[i.code];
    if (share !== undefined && i.target !== null)
      return [
        { indicatorId: i.id, date: CREMONA_MONITORING_DATE, final: false, value: round1(i.target * share) },
      ];
    const negative = NEGATIVE_INTERIM[i.code];
    if (negative !== undefined)
      return [{ indicatorId: i.id, date: CREMONA_MONITORING_DATE, final: false, value: negative }];
    if (FINAL_DONE.includes(i.code))
      return [{ indicatorId: i.id, date: '2019-12-20', final: true, value: 1 }];
    return [];
  });
  if (values.length === 0) return 0;
  await db.transaction(async (tx) => {
    const inserted = await tx
      .insert(measurements)
      .values(values.map((v) => ({ ...v, planId: options.planId, note: 'Monitoraggio dimostrativo' })))
      .returning();
    for (const row of inserted)
      await recordAudit(tx, {
        orgId: plan.orgId,
        actorUserId: null,
        action: 'measurement.record',
        entityType: 'measurement',
        entityId: row.id,
        after: row,
      });
  });
  return values.length;
}

const round1 = (n: number) => Math.round(n * 10) / 10;
