import { buildDashboard } from '@traguardo/domain/achievement/build-dashboard';
import { computePlanAchievement } from '@traguardo/domain/achievement/compute-plan-achievement';
import type { DashboardFilters, FullDashboard } from '@traguardo/domain/achievement/dashboard.schema';
import type { PlanAchievement } from '@traguardo/domain/achievement/plan-achievement.schema';
import type { PlanDocument } from '@traguardo/domain/plan/plan.schema';
import type { DbOrTx } from '../db/client.ts';
import { loadAchievementInputs } from './load-plan-achievement.ts';

export type DashboardData = { dashboard: FullDashboard; plan: PlanDocument; achievement: PlanAchievement };

/** The monitoring view of a plan on `today`, narrowed by the filters, every list whole (for the workbook and the pages). */
export async function loadDashboard(
  db: DbOrTx,
  options: { planId: string; today: string; filters: DashboardFilters },
): Promise<DashboardData> {
  const inputs = await loadAchievementInputs(db, options.planId);
  const achievement = computePlanAchievement(inputs.plan, inputs.measurements, inputs.rules);
  const dashboard = buildDashboard({
    plan: inputs.plan,
    achievement,
    today: options.today,
    filters: options.filters,
  });
  return { dashboard, plan: inputs.plan, achievement };
}
