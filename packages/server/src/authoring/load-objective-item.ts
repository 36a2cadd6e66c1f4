import type { ObjectiveItem } from '@traguardo/domain/plan/plan-authoring.schema';
import { asc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.ts';
import { independentQueries } from '../db/independent-queries.ts';
import { orgUnits, people } from '../db/schema/organizations.ts';
import { indicators, objectiveAssignees, objectives, phases } from '../db/schema/plans.ts';
import { notFound } from '../errors/app-error.ts';
import { toIndicator, toObjective, toPhase } from '../plans/load-plan-document.ts';

/** One objective as the plan document shows it, with its plan and line: the answer of every objective write. */
export async function loadObjectiveItem(db: DbOrTx, objectiveId: string): Promise<ObjectiveItem> {
  const [row] = await db
    .select({ o: objectives, unitName: orgUnits.name, personName: people.name })
    .from(objectives)
    .leftJoin(orgUnits, eq(orgUnits.id, objectives.unitId))
    .leftJoin(people, eq(people.id, objectives.responsiblePersonId))
    .where(eq(objectives.id, objectiveId));
  if (!row) throw notFound('Objective');
  const [assignees, indicatorRows, phaseRows] = await independentQueries(db, [
    () =>
      db
        .select({ id: people.id, name: people.name })
        .from(objectiveAssignees)
        .innerJoin(people, eq(people.id, objectiveAssignees.personId))
        .where(eq(objectiveAssignees.objectiveId, objectiveId))
        .orderBy(asc(people.name)),
    () =>
      db
        .select()
        .from(indicators)
        .where(eq(indicators.objectiveId, objectiveId))
        .orderBy(asc(indicators.position)),
    () => db.select().from(phases).where(eq(phases.objectiveId, objectiveId)).orderBy(asc(phases.number)),
  ]);
  return {
    ...toObjective(row, {
      assignees,
      indicators: indicatorRows.filter((i) => i.removedInVersion === null).map(toIndicator),
      phases: phaseRows.filter((p) => p.removedInVersion === null).map(toPhase),
    }),
    planId: row.o.planId,
    strategicLineId: row.o.strategicLineId,
  };
}
