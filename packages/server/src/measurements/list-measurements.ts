import type { Measurement } from '@traguardo/domain/achievement/measurement.schema';
import { pickMeasurement } from '@traguardo/domain/achievement/pick-measurement';
import { desc, eq, inArray } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../db/client.ts';
import { measurementEvidence, measurements } from '../db/schema/measurements.ts';
import { users } from '../db/schema/users.ts';
import { presentMeasurement } from './measurements.presenter.ts';

const recorder = alias(users, 'recorder');
const validator = alias(users, 'validator');

/** An indicator's whole history, newest first, marking the one that counts; two queries. */
export async function listMeasurements(db: DbOrTx, indicatorId: string): Promise<Measurement[]> {
  const rows = await db
    .select({ m: measurements, recordedByName: recorder.name, validatedByName: validator.name })
    .from(measurements)
    .leftJoin(recorder, eq(recorder.id, measurements.recordedBy))
    .leftJoin(validator, eq(validator.id, measurements.validatedBy))
    .where(eq(measurements.indicatorId, indicatorId))
    .orderBy(desc(measurements.date), desc(measurements.sequence));
  const ids = rows.map((r) => r.m.id);
  const evidence =
    ids.length === 0
      ? []
      : await db
          .select({
            id: measurementEvidence.id,
            measurementId: measurementEvidence.measurementId,
            filename: measurementEvidence.filename,
            mimeType: measurementEvidence.mimeType,
            size: measurementEvidence.size,
            createdAt: measurementEvidence.createdAt,
          })
          .from(measurementEvidence)
          .where(inArray(measurementEvidence.measurementId, ids))
          .orderBy(measurementEvidence.createdAt);
  const counted = pickMeasurement(rows.map((r) => ({ ...r.m, sequence: r.m.sequence ?? 0 })));
  return rows.map((r) =>
    presentMeasurement(
      r.m,
      r,
      evidence.filter((e) => e.measurementId === r.m.id),
      r.m.id === counted?.id,
    ),
  );
}
