import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.ts';
import { measurements } from '../db/schema/measurements.ts';
import { indicators, objectives, plans } from '../db/schema/plans.ts';
import { conflict, notFound } from '../errors/app-error.ts';

const indicatorColumns = {
  indicatorId: indicators.id,
  code: indicators.code,
  expression: indicators.expression,
  binary: indicators.binary,
  removedInVersion: indicators.removedInVersion,
  unitId: objectives.unitId,
  planId: plans.id,
  orgId: plans.orgId,
  status: plans.status,
  startYear: plans.startYear,
  endYear: plans.endYear,
};

/** The indicator with what authorisation and the measurement rules need: organisation, unit, plan state. */
export async function indicatorForMeasurement(db: DbOrTx, indicatorId: string) {
  const [row] = await db
    .select(indicatorColumns)
    .from(indicators)
    .innerJoin(objectives, eq(objectives.id, indicators.objectiveId))
    .innerJoin(plans, eq(plans.id, indicators.planId))
    .where(eq(indicators.id, indicatorId));
  if (!row) throw notFound('Indicator');
  return row;
}

export async function measurementScope(db: DbOrTx, measurementId: string) {
  const [row] = await db
    .select({
      ...indicatorColumns,
      measurementId: measurements.id,
      final: measurements.final,
      measurementStatus: measurements.status,
    })
    .from(measurements)
    .innerJoin(indicators, eq(indicators.id, measurements.indicatorId))
    .innerJoin(objectives, eq(objectives.id, indicators.objectiveId))
    .innerJoin(plans, eq(plans.id, indicators.planId))
    .where(eq(measurements.id, measurementId));
  if (!row) throw notFound('Measurement');
  return row;
}

/** Measurements belong to the plan in force: adopted (and not closed), the indicator still in it. */
export function assertMeasurable(scope: {
  status: string;
  removedInVersion: number | null;
  code: string;
}): void {
  if (scope.status === 'draft')
    throw conflict('The plan is a draft: measurements are recorded once it is adopted');
  if (scope.status !== 'adopted') throw conflict('The plan is closed: its measurements can no longer change');
  if (scope.removedInVersion !== null)
    throw conflict(`Indicator ${scope.code} was removed from the plan in version ${scope.removedInVersion}`);
}
