import type { Measurement, RecordMeasurement } from '@traguardo/domain/achievement/measurement.schema';
import { recordAudit } from '../audit/record-audit.ts';
import type { Db } from '../db/client.ts';
import { measurements } from '../db/schema/measurements.ts';
import { unprocessable } from '../errors/app-error.ts';
import { computeMeasuredValue } from './compute-measured-value.ts';
import { listMeasurements } from './list-measurements.ts';
import { assertMeasurable, type indicatorForMeasurement } from './measurement-scope.ts';

/**
 * Records a measurement (rilevazione) of an indicator of an adopted plan. Never overwrites: a
 * correction is a new record, and the latest by date (then by recording order) counts.
 */
export async function recordMeasurement(
  db: Db,
  options: {
    indicator: Awaited<ReturnType<typeof indicatorForMeasurement>>;
    input: RecordMeasurement;
    actorUserId: string;
  },
): Promise<Measurement> {
  const { indicator, input } = options;
  assertMeasurable(indicator);
  const year = Number(input.date.slice(0, 4));
  if (year < indicator.startYear || year > indicator.endYear + 1)
    throw unprocessable(`date: outside the plan's years ${indicator.startYear}–${indicator.endYear + 1}`, [
      {
        field: 'date',
        message: `date: outside the plan's years ${indicator.startYear}–${indicator.endYear + 1}`,
      },
    ]);
  const { value, variables } = computeMeasuredValue(indicator, input);
  const id = await db.transaction(async (tx) => {
    const [row] = await tx
      .insert(measurements)
      .values({
        planId: indicator.planId,
        indicatorId: indicator.indicatorId,
        date: input.date,
        final: input.final,
        value,
        variables,
        note: input.note || null,
        recordedBy: options.actorUserId,
      })
      .returning();
    if (!row) throw new Error('insert returned nothing');
    await recordAudit(tx, {
      orgId: indicator.orgId,
      actorUserId: options.actorUserId,
      action: 'measurement.record',
      entityType: 'measurement',
      entityId: row.id,
      after: row,
    });
    return row.id;
  });
  const history = await listMeasurements(db, indicator.indicatorId);
  const created = history.find((m) => m.id === id);
  if (!created) throw new Error('measurement vanished');
  return created;
}
