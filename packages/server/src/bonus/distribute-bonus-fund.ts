import { checkBonusRules, distributeBonus } from '@traguardo/domain/evaluation/distribute-bonus';
import { eq, sql } from 'drizzle-orm';
import { recordAudit } from '../audit/record-audit.ts';
import type { Db } from '../db/client.ts';
import { bonusDistributions, evaluations } from '../db/schema/evaluations.ts';
import { people } from '../db/schema/organizations.ts';
import { conflict, unprocessable } from '../errors/app-error.ts';
import { computeSheet } from '../evaluations/compute-sheet.ts';
import { loadEvaluationContext } from '../evaluations/evaluation-context.ts';
import { loadSheets } from '../evaluations/load-sheets.ts';
import type { StoredItem } from './bonus-items.ts';

/**
 * Shares the result fund of a plan among its sheets (decision 007): in proportion to total × the
 * person's coefficient among those at or above the minimum score, with the rules' bands and the CCNL
 * art. 69 increase, in integer cents adding up to the fund. Stored, and each sheet's share set.
 * Shares can be computed at any time; once a distribution is paid, the plan's shares are closed.
 */
export async function distributeBonusFund(
  db: Db,
  options: { planId: string; fundCents: number; actorUserId: string },
): Promise<string> {
  const ctx = await loadEvaluationContext(db, options.planId);
  const problems = checkBonusRules(ctx.rules);
  if (problems.length > 0)
    throw unprocessable(
      `The bonus rules need fixing: ${problems.join('; ')}`,
      problems.map((message) => ({ field: 'rules', message })),
    );
  const [paid] = await db
    .select({ id: bonusDistributions.id })
    .from(bonusDistributions)
    .where(
      sql`${bonusDistributions.planId} = ${options.planId} and ${bonusDistributions.paidAt} is not null`,
    );
  if (paid) throw conflict('The bonus of this plan has already been paid: its shares can no longer change');
  const sheets = await loadSheets(db, { planId: options.planId });
  if (sheets.length === 0) throw conflict('No evaluation is open for this plan');
  const coefficients = new Map(
    (
      await db
        .select({ id: people.id, coefficient: people.coefficient })
        .from(people)
        .where(eq(people.orgId, ctx.plan.orgId))
    ).map((p) => [p.id, p.coefficient]),
  );
  const candidates = sheets.map((s) => ({
    personId: s.sheet.personId,
    total: computeSheet(ctx, s.sheet, s.scores).total,
    coefficient: coefficients.get(s.sheet.personId) ?? s.sheet.coefficient,
  }));
  const result = distributeBonus(options.fundCents, candidates, ctx.rules);
  if (result.eligible === 0 && options.fundCents > 0)
    throw unprocessable(
      result.warnings.find((w) => w.code === 'no_eligible')?.message ?? 'Nobody is eligible',
    );
  const items: StoredItem[] = result.items.map((i) => ({
    personId: i.personId,
    total: i.total,
    coefficient: i.coefficient,
    bandSharePercent: i.bandSharePercent,
    excluded: i.excluded,
    increased: i.increased,
    bonusCents: i.bonusCents,
    explanation: i.explanation,
  }));
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(bonusDistributions)
      .values({
        planId: options.planId,
        fundCents: options.fundCents,
        totalCents: result.totalCents,
        items,
        computedBy: options.actorUserId,
      })
      .returning({ id: bonusDistributions.id });
    if (!row) throw new Error('insert returned nothing');
    const shares = sheets.map((s) => {
      const item = result.items.find((i) => i.personId === s.sheet.personId);
      return sql`(${s.sheet.id}::uuid, ${item?.bonusCents ?? 0}::bigint, ${item?.coefficient ?? s.sheet.coefficient}::double precision)`;
    });
    await tx.execute(sql`
      update ${evaluations} set bonus_cents = v.cents, coefficient = v.coefficient
      from (values ${sql.join(shares, sql`, `)}) as v(id, cents, coefficient)
      where ${evaluations.id} = v.id`);
    // Aggregates only: the audit log is read by more people than the sheets are.
    await recordAudit(tx, {
      orgId: ctx.plan.orgId,
      actorUserId: options.actorUserId,
      action: 'bonus.distribute',
      entityType: 'bonus_distribution',
      entityId: row.id,
      after: {
        planId: options.planId,
        fundCents: options.fundCents,
        totalCents: result.totalCents,
        people: items.length,
      },
    });
    return row.id;
  });
}
