import { LIMITS } from '@traguardo/domain/limits';
import { z } from 'zod';

export const REPORT_STATUSES = ['draft', 'validated'] as const;

/** GET /plans/{planId}/report: the Relazione sulla Performance's state and commentary. */
export const ReportSchema = z.object({
  planId: z.string().uuid(),
  status: z.enum(REPORT_STATUSES),
  /** The commentary, in the Markdown subset of the introduction (paragraphs, lists, bold, italic). */
  commentary: z.string().nullable(),
  validatedAt: z.string().nullable(),
  validatedBy: z.object({ id: z.string().uuid(), name: z.string() }).nullable(),
  updatedAt: z.string().nullable(),
});
export type Report = z.infer<typeof ReportSchema>;

export const UpdateReportSchema = z.object({
  commentary: z
    .string()
    .max(LIMITS.longText * 5)
    .nullable(),
});
export type UpdateReport = z.infer<typeof UpdateReportSchema>;
