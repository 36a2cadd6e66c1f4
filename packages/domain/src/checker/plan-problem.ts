import { z } from 'zod';

export const PROBLEM_SEVERITIES = ['error', 'warning'] as const;
export type ProblemSeverity = (typeof PROBLEM_SEVERITIES)[number];

export const PROBLEM_ITEM_TYPES = [
  'plan',
  'strategic_line',
  'objective',
  'indicator',
  'phase',
  'person',
] as const;

/** The item a problem is about, enough for a page to link to it. */
export const ProblemItemRefSchema = z.object({
  type: z.enum(PROBLEM_ITEM_TYPES),
  id: z.string(),
  code: z.string().nullable(),
  /** For an indicator or a phase: the objective whose page shows it. */
  objectiveId: z.string().optional(),
});
export type ProblemItemRef = z.infer<typeof ProblemItemRefSchema>;

/**
 * One finding of the plan checker. An error stops adoption; a warning needs the secretary's
 * confirmation. `code` is stable (tests, filters); `message` is Italian, for the page.
 */
export const PlanProblemSchema = z.object({
  severity: z.enum(PROBLEM_SEVERITIES),
  code: z.string(),
  message: z.string(),
  item: ProblemItemRefSchema,
});
export type PlanProblem = z.infer<typeof PlanProblemSchema>;

export const PlanCheckSchema = z.object({
  problems: z.array(PlanProblemSchema),
  errors: z.number().int(),
  warnings: z.number().int(),
});
export type PlanCheck = z.infer<typeof PlanCheckSchema>;
