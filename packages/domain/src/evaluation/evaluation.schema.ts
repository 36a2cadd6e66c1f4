import { z } from 'zod';
import { LIMITS } from '../limits.ts';
import { EVALUATION_STATUSES } from './evaluation-workflow.ts';

/** Contracts of the evaluation season, shared by the API and the web forms. */

export const PersonRefSchema = z.object({ id: z.string().uuid(), name: z.string() });

/** The Nucleo is not a person: its sheets name it with this id. */
export const NUCLEO_EVALUATOR_ID = 'nucleo';
export const NUCLEO_EVALUATOR_NAME = 'Nucleo di Valutazione';

export const EvaluatorSchema = z.object({
  /** A person's id, or `nucleo` for the Nucleo di Valutazione. */
  id: z.string(),
  name: z.string(),
  kind: z.enum(['nucleo', 'manager']),
});

export const EvaluationSummarySchema = z.object({
  id: z.string().uuid(),
  person: PersonRefSchema,
  category: z.string(),
  evaluator: EvaluatorSchema,
  objectivesScore: z.number().nullable(),
  behavioursScore: z.number().nullable(),
  total: z.number().nullable(),
  bonusCents: z.number().int().nullable(),
  status: z.enum(EVALUATION_STATUSES),
});
export type EvaluationSummary = z.infer<typeof EvaluationSummarySchema>;

export const SheetObjectiveSchema = z.object({
  id: z.string().uuid(),
  code: z.string(),
  title: z.string(),
  weight: z.number().nullable(),
  /** 0–100 unrounded; null when not measured (then left out of the objectives part). */
  achievement: z.number().nullable(),
  counted: z.boolean(),
  /** responsible | assignee | all_staff: why the objective is on this sheet. */
  relation: z.enum(['responsible', 'assignee', 'all_staff']),
});

export const SheetBehaviourSchema = z.object({
  criterion: z.string(),
  name: z.string(),
  description: z.string().nullable(),
  maxPoints: z.number(),
  points: z.number().nullable(),
  comment: z.string().nullable(),
});

export const SelfAssessmentSchema = z.object({
  behaviours: z
    .array(
      z.object({
        criterion: z.string().min(1).max(LIMITS.code),
        points: z.number().nullable(),
        comment: z.string().max(LIMITS.longText).optional(),
      }),
    )
    .max(100),
  note: z.string().max(LIMITS.longText).optional(),
});
export type SelfAssessment = z.infer<typeof SelfAssessmentSchema>;

export const EvaluationEventSchema = z.object({
  id: z.string(),
  action: z.string(),
  at: z.string(),
  actor: z.string().nullable(),
  note: z.string().nullable(),
});

export const EvaluationDetailSchema = EvaluationSummarySchema.extend({
  planId: z.string().uuid(),
  objectivesMax: z.number(),
  behavioursMax: z.number(),
  weightedAchievement: z.number().nullable(),
  objectives: z.array(SheetObjectiveSchema),
  /** The objectives part in words, objective by objective (Italian). */
  objectivesExplanation: z.array(z.string()),
  behaviours: z.array(SheetBehaviourSchema),
  selfAssessment: SelfAssessmentSchema.nullable(),
  contestReason: z.string().nullable(),
  reviewNote: z.string().nullable(),
  dates: z.object({
    deliveredAt: z.string().nullable(),
    seenOn: z.string().nullable(),
    contestBy: z.string().nullable(),
    contestedAt: z.string().nullable(),
    reviewBy: z.string().nullable(),
    reviewedAt: z.string().nullable(),
  }),
  events: z.array(EvaluationEventSchema),
  /** What the caller may do now, for the page's buttons (the API checks again). */
  can: z.object({
    score: z.boolean(),
    selfAssess: z.boolean(),
    deliver: z.boolean(),
    acknowledge: z.boolean(),
    contest: z.boolean(),
    review: z.boolean(),
    finalize: z.boolean(),
  }),
});
export type EvaluationDetail = z.infer<typeof EvaluationDetailSchema>;

export const BehaviourScoreSchema = z.object({
  criterion: z.string().min(1).max(LIMITS.code),
  points: z.number(),
  comment: z.string().max(LIMITS.longText).optional(),
});

export const ScoreEvaluationSchema = z.object({ behaviours: z.array(BehaviourScoreSchema).max(100) });
export type ScoreEvaluation = z.infer<typeof ScoreEvaluationSchema>;

export const ContestEvaluationSchema = z.object({ reason: z.string().trim().min(1).max(LIMITS.longText) });
export const ReviewEvaluationSchema = z.object({
  note: z.string().trim().min(1).max(LIMITS.longText),
  /** Points changed by the review, if any. */
  behaviours: z.array(BehaviourScoreSchema).max(100).optional(),
});
export const StepNoteSchema = z.object({ note: z.string().trim().max(LIMITS.longText).optional() });

export const OpenEvaluationsResultSchema = z.object({
  created: z.number().int(),
  existing: z.number().int(),
  evaluations: z.array(EvaluationSummarySchema),
});

/** Up to € 100 million: well beyond any comune's fund, far below the safe integer range. */
export const MAX_FUND_CENTS = 10_000_000_000;

export const BonusDistributionRequestSchema = z.object({
  fundCents: z.number().int().min(0).max(MAX_FUND_CENTS),
});

export const BonusItemSchema = z.object({
  personId: z.string().uuid(),
  name: z.string(),
  category: z.string(),
  total: z.number().nullable(),
  coefficient: z.number(),
  bandSharePercent: z.number().nullable(),
  excluded: z.enum(['not_scored', 'below_minimum', 'band_zero', 'zero_coefficient']).nullable(),
  increased: z.boolean(),
  bonusCents: z.number().int(),
  explanation: z.array(z.string()),
});

export const BonusDistributionSchema = z.object({
  id: z.string().uuid(),
  planId: z.string().uuid(),
  fundCents: z.number().int(),
  totalCents: z.number().int(),
  items: z.array(BonusItemSchema),
  warnings: z.array(z.object({ code: z.string(), message: z.string() })),
  computedAt: z.string(),
  paidAt: z.string().nullable(),
});
export type BonusDistributionResponse = z.infer<typeof BonusDistributionSchema>;
