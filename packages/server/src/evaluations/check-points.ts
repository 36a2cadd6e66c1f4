import type { CategoryRules } from '@traguardo/domain/evaluation/default-rules';
import { checkBehaviourPoints } from '@traguardo/domain/evaluation/score-evaluation';
import { unprocessable } from '../errors/app-error.ts';
import type { GivenPoints } from './update-sheet.ts';

/** 422 naming each criterion whose points are outside 0..maxPoints (or that is not in the rules). */
export function assertPoints(rules: CategoryRules, given: GivenPoints[], field = 'behaviours'): void {
  const problems = checkBehaviourPoints(rules, given);
  if (problems.length === 0) return;
  throw unprocessable(
    problems.map((p) => p.message).join('; '),
    problems.map((p) => ({
      field: `${field}.${given.findIndex((g) => g.criterion === p.criterion)}.points`,
      message: p.message,
    })),
  );
}
