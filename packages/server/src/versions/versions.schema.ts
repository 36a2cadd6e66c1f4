import { z } from 'zod';

export { type PlanVersion, PlanVersionSchema } from '@traguardo/domain/change-request/amendment.schema';

export const DiffQuerySchema = z.object({
  from: z.coerce.number().int().min(0),
  to: z.coerce.number().int().min(0),
});
