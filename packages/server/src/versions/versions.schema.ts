import { z } from 'zod';

export const PlanVersionSchema = z.object({
  version: z.number().int(),
  actNumber: z.string().nullable(),
  actDate: z.string().nullable(),
  actBody: z.string().nullable(),
  createdAt: z.string(),
  changeRequestIds: z.array(z.string().uuid()),
  /** The provvedimento di variazione that made it; null for version 0 (adoption). */
  amendment: z
    .object({ id: z.string().uuid(), number: z.number().int(), baseVersion: z.number().int() })
    .nullable(),
});
export type PlanVersion = z.infer<typeof PlanVersionSchema>;

export const DiffQuerySchema = z.object({
  from: z.coerce.number().int().min(0),
  to: z.coerce.number().int().min(0),
});
