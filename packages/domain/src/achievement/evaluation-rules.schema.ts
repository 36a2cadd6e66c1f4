import { z } from 'zod';
import { LIMITS } from '../limits.ts';

export const NEGATIVE_METHODS = ['ratio', 'linear'] as const;
export const OBJECTIVE_METHODS = ['weighted', 'all_targets'] as const;

/** The part of the SMVP that turns measurements into achievement. */
export const AchievementRulesSchema = z.object({
  /** A result below the floor counts 0 (percent). */
  floor: z.number().min(0).max(100),
  /** The highest achievement an indicator can reach (percent). */
  cap: z.number().min(1).max(200),
  /** ratio: 100·t/a; linear: 100·(2t − a)/t, for lower-is-better indicators above target. */
  negativeMethod: z.enum(NEGATIVE_METHODS),
  /** weighted: Σ wᵢ·achᵢ / Σ wᵢ; all_targets: the lowest indicator counts. */
  objectiveMethod: z.enum(OBJECTIVE_METHODS),
});
export type AchievementRules = z.infer<typeof AchievementRulesSchema>;

export const DEFAULT_ACHIEVEMENT_RULES: AchievementRules = {
  floor: 0,
  cap: 100,
  negativeMethod: 'ratio',
  objectiveMethod: 'weighted',
};

const Points = z.number().min(0).max(100);

export const BehaviourCriterionSchema = z.object({
  criterion: z
    .string()
    .min(1)
    .max(LIMITS.code)
    .regex(/^[a-z0-9_]+$/, 'lowercase letters, digits and _ only'),
  name: z.string().min(1).max(LIMITS.shortText),
  description: z.string().max(LIMITS.shortText).optional(),
  maxPoints: Points,
});

export const CategoryRulesSchema = z.object({
  category: z.string().min(1).max(LIMITS.code),
  objectivesMax: Points,
  behavioursMax: Points,
  criteria: z.array(BehaviourCriterionSchema).min(1).max(50),
});

export const ScoreBandSchema = z.object({ minTotal: Points, sharePercent: Points });

/** Everything an organisation edits on its SMVP page. */
export const EvaluationRulesInputSchema = AchievementRulesSchema.extend({
  objectivesMax: Points,
  behavioursMax: Points,
  categories: z.array(CategoryRulesSchema).min(1).max(20),
  minBonusScore: Points,
  scoreBands: z.array(ScoreBandSchema).max(20).nullable(),
  differentiatedSharePercent: z.number().gt(0).max(100).nullable(),
  differentiatedIncreasePercent: z.number().min(0).max(500).nullable(),
  conciliationRequestDays: z.number().int().min(1).max(365),
  conciliationDecisionDays: z.number().int().min(1).max(365),
});
export type EvaluationRulesInput = z.infer<typeof EvaluationRulesInputSchema>;

export const UpdateEvaluationRulesSchema = EvaluationRulesInputSchema.extend({
  rowVersion: z.number().int().min(1),
});
export type UpdateEvaluationRules = z.infer<typeof UpdateEvaluationRulesSchema>;

export const EvaluationRulesSchema = EvaluationRulesInputSchema.extend({
  id: z.string().uuid(),
  orgId: z.string().uuid(),
  /** null: the organisation's default; otherwise the year the rules apply to. */
  year: z.number().int().nullable(),
  rowVersion: z.number().int(),
  updatedAt: z.string(),
});
export type EvaluationRules = z.infer<typeof EvaluationRulesSchema>;

export type RulesProblem = { field: string; message: string };

/** CCNL Funzioni Locali 2016-2018 art. 69: the increase is at least 30% of the average premium. */
const MIN_INCREASE_PERCENT = 30;

/**
 * What the schema cannot say field by field: sums and cross-field rules. The same check runs in the
 * settings form and in the API (422 naming each field).
 */
export function checkEvaluationRules(rules: EvaluationRulesInput): RulesProblem[] {
  const problems: RulesProblem[] = [];
  if (rules.floor >= rules.cap)
    problems.push({ field: 'floor', message: `floor (${rules.floor}) must be below cap (${rules.cap})` });
  if (rules.objectivesMax + rules.behavioursMax !== 100)
    problems.push({
      field: 'behavioursMax',
      message: `objectivesMax + behavioursMax must be 100 (now ${rules.objectivesMax + rules.behavioursMax})`,
    });
  const seenCategories = new Set<string>();
  rules.categories.forEach((c, i) => {
    const at = `categories.${i}`;
    if (seenCategories.has(c.category))
      problems.push({ field: `${at}.category`, message: `category "${c.category}" appears twice` });
    seenCategories.add(c.category);
    if (c.objectivesMax + c.behavioursMax !== 100)
      problems.push({
        field: `${at}.behavioursMax`,
        message: `${c.category}: objectivesMax + behavioursMax must be 100 (now ${c.objectivesMax + c.behavioursMax})`,
      });
    const sum = c.criteria.reduce((s, k) => s + k.maxPoints, 0);
    if (Math.abs(sum - c.behavioursMax) > 1e-9)
      problems.push({
        field: `${at}.criteria`,
        message: `${c.category}: the criteria's maxPoints add up to ${sum}, not to behavioursMax ${c.behavioursMax}`,
      });
    const seenCriteria = new Set<string>();
    c.criteria.forEach((k, j) => {
      if (seenCriteria.has(k.criterion))
        problems.push({
          field: `${at}.criteria.${j}.criterion`,
          message: `${c.category}: criterion "${k.criterion}" appears twice`,
        });
      seenCriteria.add(k.criterion);
    });
  });
  const minima = new Set<number>();
  (rules.scoreBands ?? []).forEach((b, i) => {
    if (minima.has(b.minTotal))
      problems.push({ field: `scoreBands.${i}.minTotal`, message: `two bands start at ${b.minTotal}` });
    minima.add(b.minTotal);
  });
  const share = rules.differentiatedSharePercent;
  const increase = rules.differentiatedIncreasePercent;
  if ((share === null) !== (increase === null))
    problems.push({
      field: share === null ? 'differentiatedSharePercent' : 'differentiatedIncreasePercent',
      message: 'the differentiated share and increase are set together, or neither',
    });
  if (increase !== null && increase < MIN_INCREASE_PERCENT)
    problems.push({
      field: 'differentiatedIncreasePercent',
      message: `the increase must be at least ${MIN_INCREASE_PERCENT}% (CCNL Funzioni Locali art. 69)`,
    });
  return problems;
}
