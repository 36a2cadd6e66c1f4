import type { Evidence, Measurement } from '@traguardo/domain/achievement/measurement.schema';
import { MEASUREMENT_STATUSES } from '@traguardo/domain/achievement/measurement.schema';
import type { measurementEvidence, measurements } from '../db/schema/measurements.ts';

type MeasurementRow = typeof measurements.$inferSelect;
type EvidenceRow = Pick<
  typeof measurementEvidence.$inferSelect,
  'id' | 'filename' | 'mimeType' | 'size' | 'createdAt'
>;
type Names = { recordedByName: string | null; validatedByName: string | null };

export function presentEvidence(e: EvidenceRow): Evidence {
  return {
    id: e.id,
    filename: e.filename,
    mimeType: e.mimeType,
    size: e.size,
    createdAt: e.createdAt.toISOString(),
  };
}

export function presentMeasurement(
  m: MeasurementRow,
  names: Names,
  evidence: EvidenceRow[],
  counts: boolean,
): Measurement {
  return {
    id: m.id,
    indicatorId: m.indicatorId,
    planId: m.planId,
    date: m.date,
    final: m.final,
    value: m.value,
    variables: m.variables ?? null,
    note: m.note,
    status: MEASUREMENT_STATUSES.find((s) => s === m.status) ?? 'recorded',
    recordedBy: m.recordedBy ? { id: m.recordedBy, name: names.recordedByName ?? '' } : null,
    recordedAt: m.recordedAt.toISOString(),
    validation: m.validatedAt
      ? {
          by: m.validatedBy ? { id: m.validatedBy, name: names.validatedByName ?? '' } : null,
          at: m.validatedAt.toISOString(),
          comment: m.validationComment,
        }
      : null,
    evidence: evidence.map(presentEvidence),
    counts,
  };
}
