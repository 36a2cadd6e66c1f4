import type { Indicator, Objective, Phase, PlanDocument } from '@traguardo/domain/plan/plan.schema';
import { OBJECTIVE_KINDS, PLAN_KINDS, PLAN_STATUSES } from '@traguardo/domain/plan/plan.schema';
import { and, asc, desc, eq, inArray, isNull } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.ts';
import { independentQueries } from '../db/independent-queries.ts';
import { orgUnits, people } from '../db/schema/organizations.ts';
import {
  acts,
  indicators,
  objectiveAssignees,
  objectives,
  phases,
  plans,
  planVersions,
  strategicLines,
} from '../db/schema/plans.ts';
import { notFound } from '../errors/app-error.ts';

const pick = <T extends string>(values: readonly T[], v: string, fallback: T): T =>
  values.find((x) => x === v) ?? fallback;

/**
 * The plan as it stands now (draft, or latest adopted version plus nothing else: direct edits are
 * refused once adopted), in a fixed number of queries whatever its size.
 */
export async function loadPlanDocument(db: DbOrTx, planId: string): Promise<PlanDocument> {
  const [plan] = await db.select().from(plans).where(eq(plans.id, planId));
  if (!plan) throw notFound('Plan');
  const [lineRows, objectiveRows, indicatorRows, phaseRows, assigneeRows, actRows] = await independentQueries(
    db,
    [
      () =>
        db
          .select()
          .from(strategicLines)
          .where(and(eq(strategicLines.planId, planId), isNull(strategicLines.removedInVersion)))
          .orderBy(asc(strategicLines.position)),
      () =>
        db
          .select({ o: objectives, unitName: orgUnits.name, personName: people.name })
          .from(objectives)
          .leftJoin(orgUnits, eq(orgUnits.id, objectives.unitId))
          .leftJoin(people, eq(people.id, objectives.responsiblePersonId))
          .where(and(eq(objectives.planId, planId), isNull(objectives.removedInVersion)))
          .orderBy(asc(objectives.position)),
      () =>
        db
          .select()
          .from(indicators)
          .where(and(eq(indicators.planId, planId), isNull(indicators.removedInVersion)))
          .orderBy(asc(indicators.position)),
      () =>
        db
          .select()
          .from(phases)
          .where(and(eq(phases.planId, planId), isNull(phases.removedInVersion)))
          .orderBy(asc(phases.number)),
      () =>
        db
          .select({ objectiveId: objectiveAssignees.objectiveId, id: people.id, name: people.name })
          .from(objectiveAssignees)
          .innerJoin(objectives, eq(objectives.id, objectiveAssignees.objectiveId))
          .innerJoin(people, eq(people.id, objectiveAssignees.personId))
          .where(eq(objectives.planId, planId)),
      () =>
        db
          .select()
          .from(acts)
          .where(and(eq(acts.planId, planId), inArray(acts.kind, ['adoption', 'amendment'])))
          .orderBy(desc(acts.date), desc(acts.createdAt)),
    ],
  );

  const indicatorsByObjective = groupBy(indicatorRows, (i) => i.objectiveId);
  const phasesByObjective = groupBy(phaseRows, (p) => p.objectiveId);
  const assigneesByObjective = groupBy(assigneeRows, (a) => a.objectiveId);

  const objectiveOf = (row: ObjectiveRow): Objective =>
    toObjective(row, {
      assignees: (assigneesByObjective.get(row.o.id) ?? [])
        .map((a) => ({ id: a.id, name: a.name }))
        .sort((a, b) => a.name.localeCompare(b.name)),
      indicators: (indicatorsByObjective.get(row.o.id) ?? []).map(toIndicator),
      phases: (phasesByObjective.get(row.o.id) ?? []).map(toPhase),
    });

  const objectivesByLine = groupBy(objectiveRows, (r) => r.o.strategicLineId ?? '');
  const act = actRows[0];
  return {
    id: plan.id,
    orgId: plan.orgId,
    title: plan.title,
    kind: pick(PLAN_KINDS, plan.kind, 'performance_plan'),
    startYear: plan.startYear,
    endYear: plan.endYear,
    status: pick(PLAN_STATUSES, plan.status, 'draft'),
    version: plan.currentVersion,
    currentVersion: plan.currentVersion,
    introduction: plan.introduction,
    act: act ? { number: act.number, date: act.date, body: act.body } : null,
    rowVersion: plan.rowVersion,
    strategicLines: lineRows.map((l) => ({
      id: l.id,
      code: l.code,
      title: l.title,
      description: l.description,
      objectives: (objectivesByLine.get(l.id) ?? []).map(objectiveOf),
    })),
  };
}

/** An objective row with the names of its unit and responsible person, as the loaders select it. */
export type ObjectiveRow = {
  o: typeof objectives.$inferSelect;
  unitName: string | null;
  personName: string | null;
};

/** One objective of the plan document; its assignees, indicators and phases come ready, in order. */
export function toObjective(
  { o, unitName, personName }: ObjectiveRow,
  parts: Pick<Objective, 'assignees' | 'indicators' | 'phases'>,
): Objective {
  return {
    id: o.id,
    code: o.code,
    title: o.title,
    definition: o.definition,
    kind: pick(OBJECTIVE_KINDS, o.kind, 'operational'),
    weight: o.weight,
    unit: o.unitId && unitName !== null ? { id: o.unitId, name: unitName } : null,
    responsible:
      o.responsiblePersonId && personName !== null ? { id: o.responsiblePersonId, name: personName } : null,
    assignees: parts.assignees,
    allStaff: o.allStaff,
    periodStart: o.periodStart,
    periodEnd: o.periodEnd,
    periodText: o.periodText,
    humanResources: o.humanResources,
    instrumentalResources: o.instrumentalResources,
    financialResources: o.financialResources,
    indicators: parts.indicators,
    phases: parts.phases,
    rowVersion: o.rowVersion,
  };
}

export function toIndicator(i: typeof indicators.$inferSelect): Indicator {
  return {
    id: i.id,
    code: i.code,
    title: i.title,
    formula: i.formula,
    expression: i.expression,
    purpose: i.purpose,
    polarity: i.polarity === 'negative' ? 'negative' : 'positive',
    binary: i.binary,
    unitOfMeasure: i.unitOfMeasure,
    baseline: i.baseline,
    target: i.target,
    targetText: i.targetText,
    targetsByYear: i.targetsByYear ?? null,
    weight: i.weight,
    measurementDeadline: i.measurementDeadline,
    deadlineText: i.deadlineText,
    rowVersion: i.rowVersion,
  };
}

export function toPhase(p: typeof phases.$inferSelect): Phase {
  return {
    id: p.id,
    number: p.number,
    title: p.title,
    months: p.months,
    assignees: p.assignees,
    rowVersion: p.rowVersion,
  };
}

/** Version N exactly as adopted: the frozen snapshot. */
export async function loadPlanVersion(db: DbOrTx, planId: string, version: number): Promise<PlanDocument> {
  const [row] = await db
    .select({ snapshot: planVersions.snapshot })
    .from(planVersions)
    .where(and(eq(planVersions.planId, planId), eq(planVersions.version, version)));
  if (!row) throw notFound(`Version ${version} of the plan`);
  // Snapshots are written only by freezePlanVersion from a PlanDocument.
  return row.snapshot as PlanDocument;
}

function groupBy<T>(items: T[], key: (t: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return map;
}
