import type { CategoryRules } from '@traguardo/domain/evaluation/default-rules';
import { type EvaluationScore, scoreEvaluation } from '@traguardo/domain/evaluation/score-evaluation';
import type { evaluationScores } from '../db/schema/evaluations.ts';
import type { SheetRow } from './evaluation-access.ts';
import {
  categoryRulesFor,
  type EvaluationContext,
  type SheetObjective,
  sheetObjectives,
} from './evaluation-context.ts';
import { parseSnapshot } from './sheet-snapshot.ts';

export type ScoreRow = Pick<typeof evaluationScores.$inferSelect, 'criterion' | 'points' | 'comment'>;

export type ComputedSheet = {
  rules: CategoryRules;
  objectives: SheetObjective[];
  score: EvaluationScore;
  objectivesScore: number | null;
  behavioursScore: number | null;
  total: number | null;
};

/**
 * A draft follows the plan's achievement and rules as they stand; from delivery on, the sheet reads
 * its frozen objectives and criteria (what was delivered and signed), and only a review changes points.
 */
export function computeSheet(ctx: EvaluationContext, sheet: SheetRow, scores: ScoreRow[]): ComputedSheet {
  const frozen = parseSnapshot(sheet.snapshot);
  const rules = frozen?.rules ?? categoryRulesFor(ctx, sheet.personId, sheet.category);
  const objectives = frozen?.objectives ?? sheetObjectives(ctx, sheet.personId);
  const score = scoreEvaluation(rules, objectives, scores);
  return {
    rules,
    objectives,
    score,
    objectivesScore: score.objectives.score,
    behavioursScore: score.behaviours.score,
    total: score.total,
  };
}
