import { describe, expect, it } from 'vitest';
import { defaultCategoryRules } from '../evaluation/default-rules.ts';
import {
  checkEvaluationRules,
  DEFAULT_ACHIEVEMENT_RULES,
  type EvaluationRulesInput,
  EvaluationRulesInputSchema,
} from './evaluation-rules.schema.ts';

const valid = (): EvaluationRulesInput => ({
  ...DEFAULT_ACHIEVEMENT_RULES,
  objectivesMax: 60,
  behavioursMax: 40,
  categories: defaultCategoryRules(),
  minBonusScore: 0,
  scoreBands: [
    { minTotal: 0, sharePercent: 0 },
    { minTotal: 60, sharePercent: 50 },
  ],
  differentiatedSharePercent: null,
  differentiatedIncreasePercent: null,
  conciliationRequestDays: 10,
  conciliationDecisionDays: 15,
});

describe('evaluation rules (SMVP) checks', () => {
  it('the default rules of PRODUCT.md pass', () => {
    expect(EvaluationRulesInputSchema.parse(valid())).toBeTruthy();
    expect(checkEvaluationRules(valid())).toEqual([]);
  });

  it('criteria that do not add up to behavioursMax are named by field', () => {
    const r = valid();
    const first = r.categories[0];
    if (!first) throw new Error('no category');
    r.categories[0] = {
      ...first,
      criteria: first.criteria.map((c, i) => (i === 0 ? { ...c, maxPoints: 12 } : c)),
    };
    expect(checkEvaluationRules(r)).toEqual([
      {
        field: 'categories.0.criteria',
        message: expect.stringContaining('add up to 42, not to behavioursMax 40'),
      },
    ]);
  });

  it('the CCNL art. 69 increase is at least 30% and comes with a share', () => {
    expect(
      checkEvaluationRules({ ...valid(), differentiatedSharePercent: 10, differentiatedIncreasePercent: 20 }),
    ).toEqual([{ field: 'differentiatedIncreasePercent', message: expect.stringContaining('at least 30%') }]);
    expect(checkEvaluationRules({ ...valid(), differentiatedSharePercent: 10 }).map((p) => p.field)).toEqual([
      'differentiatedIncreasePercent',
    ]);
  });

  it('floor below cap, objectives + behaviours = 100, no duplicate bands', () => {
    const fields = checkEvaluationRules({
      ...valid(),
      floor: 100,
      objectivesMax: 70,
      scoreBands: [
        { minTotal: 60, sharePercent: 50 },
        { minTotal: 60, sharePercent: 75 },
      ],
    }).map((p) => p.field);
    expect(fields).toEqual(['floor', 'behavioursMax', 'scoreBands.1.minTotal']);
  });
});
