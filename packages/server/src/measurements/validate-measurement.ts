import type { Measurement, ValidateMeasurement } from '@traguardo/domain/achievement/measurement.schema';
import { and, eq } from 'drizzle-orm';
import { recordAudit } from '../audit/record-audit.ts';
import type { Db } from '../db/client.ts';
import { measurements } from '../db/schema/measurements.ts';
import { conflict, unprocessable } from '../errors/app-error.ts';
import { listMeasurements } from './list-measurements.ts';
import type { measurementScope } from './measurement-scope.ts';

/**
 * The Nucleo validates a final measurement, or sends it back with a comment (it then stops
 * counting until the manager records a corrected one). Decided once: a second decision is 409.
 */
export async function validateMeasurement(
  db: Db,
  options: {
    scope: Awaited<ReturnType<typeof measurementScope>>;
    input: ValidateMeasurement;
    actorUserId: string;
  },
): Promise<Measurement> {
  const { scope, input } = options;
  if (scope.status !== 'adopted') throw conflict('Measurements are validated on an adopted plan');
  if (!scope.final)
    throw conflict('Only final measurements are validated; interim ones are progress reports');
  const comment = input.comment?.trim() || null;
  if (input.outcome === 'returned' && !comment)
    throw unprocessable('comment: say why the measurement is sent back', [
      { field: 'comment', message: 'comment: say why the measurement is sent back' },
    ]);
  await db.transaction(async (tx) => {
    const [row] = await tx
      .update(measurements)
      .set({
        status: input.outcome,
        validatedBy: options.actorUserId,
        validatedAt: new Date(),
        validationComment: comment,
      })
      .where(and(eq(measurements.id, scope.measurementId), eq(measurements.status, 'recorded')))
      .returning();
    if (!row) throw conflict('This measurement has already been decided');
    await recordAudit(tx, {
      orgId: scope.orgId,
      actorUserId: options.actorUserId,
      action: input.outcome === 'validated' ? 'measurement.validate' : 'measurement.return',
      entityType: 'measurement',
      entityId: row.id,
      before: { status: scope.measurementStatus },
      after: { status: row.status, comment },
    });
  });
  const history = await listMeasurements(db, scope.indicatorId);
  const decided = history.find((m) => m.id === scope.measurementId);
  if (!decided) throw new Error('measurement vanished');
  return decided;
}
