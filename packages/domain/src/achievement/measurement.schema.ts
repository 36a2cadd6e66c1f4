import { z } from 'zod';
import { LIMITS } from '../limits.ts';
import { IsoDate } from '../plan/plan.schema.ts';

/**
 * POST /indicators/{id}/measurements: the value, or the values of the formula's variables (the
 * value is then computed). Giving both, or neither, is refused with 422 by the use-case.
 */
export const RecordMeasurementSchema = z.object({
  date: IsoDate,
  final: z.boolean(),
  value: z.number().optional(),
  variables: z.record(z.string().min(1).max(LIMITS.code), z.number()).optional(),
  note: z.string().trim().max(LIMITS.longText).nullish(),
});
export type RecordMeasurement = z.infer<typeof RecordMeasurementSchema>;

export const MEASUREMENT_STATUSES = ['recorded', 'validated', 'returned'] as const;
export type MeasurementStatus = (typeof MEASUREMENT_STATUSES)[number];

export const EvidenceSchema = z.object({
  id: z.string().uuid(),
  filename: z.string(),
  mimeType: z.string(),
  size: z.number().int(),
  createdAt: z.string(),
});
export type Evidence = z.infer<typeof EvidenceSchema>;

const Ref = z.object({ id: z.string(), name: z.string() });

export const MeasurementSchema = z.object({
  id: z.string().uuid(),
  indicatorId: z.string().uuid(),
  planId: z.string().uuid(),
  date: IsoDate,
  final: z.boolean(),
  value: z.number(),
  variables: z.record(z.string(), z.number()).nullable(),
  note: z.string().nullable(),
  status: z.enum(MEASUREMENT_STATUSES),
  recordedBy: Ref.nullable(),
  recordedAt: z.string(),
  /** The Nucleo's decision on a final measurement. */
  validation: z.object({ by: Ref.nullable(), at: z.string(), comment: z.string().nullable() }).nullable(),
  evidence: z.array(EvidenceSchema),
  /** Whether this is the measurement that counts for the indicator's achievement now. */
  counts: z.boolean(),
});
export type Measurement = z.infer<typeof MeasurementSchema>;

export const ValidateMeasurementSchema = z.object({
  outcome: z.enum(['validated', 'returned']),
  comment: z.string().trim().max(LIMITS.longText).nullish(),
});
export type ValidateMeasurement = z.infer<typeof ValidateMeasurementSchema>;
