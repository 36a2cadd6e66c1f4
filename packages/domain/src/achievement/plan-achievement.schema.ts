import { z } from 'zod';
import { AchievementRulesSchema } from './evaluation-rules.schema.ts';

/** Achievement figures are unrounded percentages; null when nothing behind them is measured. */
const FigureFields = {
  achievement: z.number().nullable(),
  measured: z.number().int(),
  total: z.number().int(),
  /** The calculation in words, Italian ("(75% × 60 + 100% × 40) / 100 → 85%"). */
  explanation: z.string(),
};
export const FigureSchema = z.object(FigureFields);

export const CountedMeasurementSchema = z.object({
  id: z.string(),
  date: z.string(),
  final: z.boolean(),
  value: z.number(),
  status: z.string(),
  variables: z.record(z.string(), z.number()).nullable(),
});

export const IndicatorAchievementSchema = z.object({
  id: z.string(),
  code: z.string(),
  title: z.string(),
  achievement: z.number().nullable(),
  weight: z.number().nullable(),
  target: z.number().nullable(),
  /** The measurement that counts (latest final, else latest interim); null when unmeasured. */
  measurement: CountedMeasurementSchema.nullable(),
  explanation: z.string(),
});
export type IndicatorAchievement = z.infer<typeof IndicatorAchievementSchema>;

const Ref = z.object({ id: z.string(), name: z.string() });

export const ObjectiveAchievementSchema = z.object({
  id: z.string(),
  code: z.string(),
  title: z.string(),
  strategicLineId: z.string(),
  unit: Ref.nullable(),
  responsible: Ref.nullable(),
  /** Objective weight in points; null counts as 1. */
  weight: z.number().nullable(),
  ...FigureFields,
  indicators: z.array(IndicatorAchievementSchema),
});
export type ObjectiveAchievement = z.infer<typeof ObjectiveAchievementSchema>;

export const LineAchievementSchema = z.object({
  id: z.string(),
  code: z.string().nullable(),
  title: z.string(),
  ...FigureFields,
});
export const GroupAchievementSchema = z.object({ id: z.string(), name: z.string(), ...FigureFields });
export type GroupAchievement = z.infer<typeof GroupAchievementSchema>;

/** GET /api/v1/plans/{planId}/achievement (PRODUCT.md), plus people, explanations and the rules used. */
export const PlanAchievementSchema = z.object({
  planId: z.string(),
  version: z.number().int().nullable(),
  rules: AchievementRulesSchema,
  plan: FigureSchema,
  strategicLines: z.array(LineAchievementSchema),
  units: z.array(GroupAchievementSchema),
  /** By responsible person. */
  people: z.array(GroupAchievementSchema),
  objectives: z.array(ObjectiveAchievementSchema),
});
export type PlanAchievement = z.infer<typeof PlanAchievementSchema>;
