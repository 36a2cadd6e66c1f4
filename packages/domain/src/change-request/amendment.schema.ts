import { z } from 'zod';

/** An adopted amendment (provvedimento di variazione), as POST /plans/{id}/amendments answers. */
export const AmendmentSchema = z.object({
  id: z.string().uuid(),
  planId: z.string().uuid(),
  number: z.number().int(),
  baseVersion: z.number().int(),
  version: z.number().int(),
  act: z.object({ number: z.string(), date: z.string(), body: z.string() }),
  changeRequestIds: z.array(z.string().uuid()),
  /** The requests whose changes the amendment applied (accepted, accepted with changes). */
  appliedChangeRequestIds: z.array(z.string().uuid()),
  createdAt: z.string(),
});
export type Amendment = z.infer<typeof AmendmentSchema>;

/** One adopted version of a plan with its act: GET /plans/{id}/versions. */
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
