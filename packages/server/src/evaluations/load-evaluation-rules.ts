import {
  type AchievementRules,
  AchievementRulesSchema,
  CategoryRulesSchema,
  ScoreBandSchema,
} from '@traguardo/domain/achievement/evaluation-rules.schema';
import { defaultEvaluationRules, type EvaluationRules } from '@traguardo/domain/evaluation/default-rules';
import { and, eq, isNull, or } from 'drizzle-orm';
import { z } from 'zod';
import type { DbOrTx } from '../db/client.ts';
import { evaluationRules } from '../db/schema/evaluations.ts';
import { plans } from '../db/schema/plans.ts';
import { notFound } from '../errors/app-error.ts';

export type LoadedRules = { evaluation: EvaluationRules; achievement: AchievementRules };

/**
 * The SMVP in force for a plan: the organisation's rules for the plan's first year when it has set
 * some, otherwise its default rules (and the product defaults if even those are missing).
 */
export async function loadEvaluationRules(db: DbOrTx, orgId: string, year: number): Promise<LoadedRules> {
  const rows = await db
    .select()
    .from(evaluationRules)
    .where(
      and(eq(evaluationRules.orgId, orgId), or(eq(evaluationRules.year, year), isNull(evaluationRules.year))),
    );
  const row = rows.find((r) => r.year === year) ?? rows.find((r) => r.year === null);
  const defaults = defaultEvaluationRules();
  if (!row)
    return {
      evaluation: defaults,
      achievement: { floor: 0, cap: 100, negativeMethod: 'ratio', objectiveMethod: 'weighted' },
    };
  return {
    evaluation: {
      objectivesMax: row.objectivesMax,
      behavioursMax: row.behavioursMax,
      categories: z.array(CategoryRulesSchema).parse(row.categories),
      minBonusScore: row.minBonusScore,
      scoreBands: row.scoreBands === null ? null : z.array(ScoreBandSchema).parse(row.scoreBands),
      differentiatedSharePercent: row.differentiatedSharePercent,
      differentiatedIncreasePercent: row.differentiatedIncreasePercent,
      conciliationRequestDays: row.conciliationRequestDays,
      conciliationDecisionDays: row.conciliationDecisionDays,
    },
    achievement: AchievementRulesSchema.parse({
      floor: row.floor,
      cap: row.cap,
      negativeMethod: row.negativeMethod,
      objectiveMethod: row.objectiveMethod,
    }),
  };
}

/** The rules in force for a plan (see loadEvaluationRules). */
export async function loadRulesForPlan(db: DbOrTx, planId: string): Promise<LoadedRules> {
  const [plan] = await db
    .select({ orgId: plans.orgId, startYear: plans.startYear })
    .from(plans)
    .where(eq(plans.id, planId));
  if (!plan) throw notFound('Plan');
  return loadEvaluationRules(db, plan.orgId, plan.startYear);
}
