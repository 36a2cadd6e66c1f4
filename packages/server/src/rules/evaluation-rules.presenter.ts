import type { EvaluationRules } from '@traguardo/domain/achievement/evaluation-rules.schema';
import { NEGATIVE_METHODS, OBJECTIVE_METHODS } from '@traguardo/domain/achievement/evaluation-rules.schema';
import type { evaluationRules } from '../db/schema/evaluations.ts';

const oneOf = <T extends string>(values: readonly T[], v: string, fallback: T): T =>
  values.find((x) => x === v) ?? fallback;

export function presentEvaluationRules(row: typeof evaluationRules.$inferSelect): EvaluationRules {
  return {
    id: row.id,
    orgId: row.orgId,
    year: row.year,
    floor: row.floor,
    cap: row.cap,
    negativeMethod: oneOf(NEGATIVE_METHODS, row.negativeMethod, 'ratio'),
    objectiveMethod: oneOf(OBJECTIVE_METHODS, row.objectiveMethod, 'weighted'),
    objectivesMax: row.objectivesMax,
    behavioursMax: row.behavioursMax,
    categories: row.categories,
    minBonusScore: row.minBonusScore,
    scoreBands: row.scoreBands ?? null,
    differentiatedSharePercent: row.differentiatedSharePercent,
    differentiatedIncreasePercent: row.differentiatedIncreasePercent,
    conciliationRequestDays: row.conciliationRequestDays,
    conciliationDecisionDays: row.conciliationDecisionDays,
    rowVersion: row.rowVersion,
    updatedAt: row.updatedAt.toISOString(),
  };
}
