import { computePlanAchievement } from '@traguardo/domain/achievement/compute-plan-achievement';
import type { AchievementRules } from '@traguardo/domain/achievement/evaluation-rules.schema';
import type { PlanDocument } from '@traguardo/domain/plan/plan.schema';
import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.ts';
import { measurements } from '../db/schema/measurements.ts';

/**
 * Each objective's achievement (0–100 unrounded, null when nothing is measured), as the plan's
 * achievement computes it: latest final measurement, else latest interim; returned ones never count.
 */
export async function loadObjectiveAchievements(
  db: DbOrTx,
  plan: PlanDocument,
  rules: AchievementRules,
): Promise<Map<string, number | null>> {
  const rows = await db
    .select({
      id: measurements.id,
      indicatorId: measurements.indicatorId,
      date: measurements.date,
      final: measurements.final,
      value: measurements.value,
      sequence: measurements.sequence,
      status: measurements.status,
      variables: measurements.variables,
    })
    .from(measurements)
    .where(eq(measurements.planId, plan.id));
  const achievement = computePlanAchievement(plan, rows, rules);
  return new Map(achievement.objectives.map((o) => [o.id, o.achievement]));
}
