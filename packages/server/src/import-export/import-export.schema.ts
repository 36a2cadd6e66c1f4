import { LIMITS } from '@traguardo/domain/limits';
import { PLAN_KINDS } from '@traguardo/domain/plan/plan.schema';
import { z } from 'zod';

/** The text fields of the import form (multipart, beside `file`). */
export const ImportFormSchema = z
  .object({
    title: z.string().trim().min(2).max(LIMITS.shortText),
    year: z.coerce.number().int().min(2000).max(2100),
    endYear: z.coerce.number().int().min(2000).max(2100).optional(),
    kind: z.enum(PLAN_KINDS).default('performance_plan'),
  })
  .refine((f) => f.endYear === undefined || f.endYear >= f.year, {
    path: ['endYear'],
    message: 'must not be before year',
  });
export type ImportForm = z.infer<typeof ImportFormSchema>;

const IssueSchema = z.object({ row: z.number().int(), column: z.string(), message: z.string() });

export const ImportResultSchema = z.object({
  planId: z.string().uuid(),
  counts: z.object({
    strategicLines: z.number().int(),
    objectives: z.number().int(),
    indicators: z.number().int(),
    units: z.number().int(),
    people: z.number().int(),
    changeRequests: z.number().int(),
  }),
  /** Units and people the import had to create (the others were matched by name). */
  created: z.object({ units: z.number().int(), people: z.number().int() }),
  /** What the plan checker will also say (weights not adding up to 100): the plan is imported anyway. */
  warnings: z.array(IssueSchema),
});

export const ExportQuerySchema = z.object({ version: z.coerce.number().int().min(0).optional() });
