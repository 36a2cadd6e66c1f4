import type { PlanProblem } from '@traguardo/domain/checker/plan-problem';
import type { Adoption, AdoptPlan } from '@traguardo/domain/plan/plan-authoring.schema';
import { eq } from 'drizzle-orm';
import { recordAudit } from '../audit/record-audit.ts';
import type { DbOrTx } from '../db/client.ts';
import { acts, plans } from '../db/schema/plans.ts';
import { AppError, conflict, notFound } from '../errors/app-error.ts';
import { freezePlanVersion } from '../plans/freeze-plan-version.ts';
import { runPlanCheck } from './run-plan-check.ts';

const asProblemItems = (problems: PlanProblem[]) =>
  problems.map((p) => ({ field: `${p.item.type}:${p.item.code ?? p.item.id}`, message: p.message }));

/**
 * Adoption by the Giunta's delibera: the checker runs first (errors refuse, warnings need the
 * secretary's confirmation), then the act, the status and the frozen version 0 in one transaction.
 */
export async function adoptPlan(
  db: DbOrTx,
  options: { planId: string; input: AdoptPlan; actorUserId: string | null },
): Promise<Adoption> {
  return db.transaction(async (tx) => {
    const [plan] = await tx.select().from(plans).where(eq(plans.id, options.planId)).for('update');
    if (!plan) throw notFound('Plan');
    if (plan.status !== 'draft') throw conflict('The plan is already adopted: changes go through amendments');
    const check = await runPlanCheck(tx, plan.id);
    const errors = check.problems.filter((p) => p.severity === 'error');
    if (errors.length > 0)
      throw new AppError('unprocessable', `The plan has ${errors.length} problem(s) to fix before adoption`, {
        errors: asProblemItems(errors),
        extra: { problems: check.problems },
      });
    if (check.warnings > 0 && !options.input.confirmWarnings)
      throw new AppError('conflict', `The plan has ${check.warnings} warning(s): confirm them to adopt`, {
        errors: asProblemItems(check.problems),
        extra: { problems: check.problems },
      });

    const { actNumber, actDate, actBody } = options.input;
    const [act] = await tx
      .insert(acts)
      .values({
        orgId: plan.orgId,
        planId: plan.id,
        kind: 'adoption',
        body: actBody,
        number: actNumber,
        date: actDate,
      })
      .returning();
    if (!act) throw new Error('insert returned nothing');
    const [after] = await tx
      .update(plans)
      .set({ status: 'adopted', currentVersion: 0, rowVersion: plan.rowVersion + 1, updatedAt: new Date() })
      .where(eq(plans.id, plan.id))
      .returning();
    await freezePlanVersion(tx, { planId: plan.id, version: 0, actId: act.id, userId: options.actorUserId });
    const adoption: Adoption = {
      planId: plan.id,
      status: 'adopted',
      version: 0,
      act: { number: act.number, date: act.date, body: act.body },
      warnings: check.warnings,
    };
    await recordAudit(tx, {
      orgId: plan.orgId,
      actorUserId: options.actorUserId,
      action: 'adopt',
      entityType: 'plan',
      entityId: plan.id,
      before: plan,
      after: { ...after, act, confirmedWarnings: check.problems },
    });
    return adoption;
  });
}
