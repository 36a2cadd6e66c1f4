import type { z } from 'zod';
import type { Indicator, Objective, Phase, PlanDocument, RefSchema } from '../plan/plan.schema.ts';
import type { NewIndicator, NewObjective, NewPhase } from './change-request.schema.ts';
import type { NewObjectiveFields, PlanOperation } from './plan-operations.ts';

type Ref = z.infer<typeof RefSchema>;

/** Names of units and people the operations point to (for new or reassigned objectives). */
export type RefNames = {
  unit?: (id: string) => string | undefined;
  person?: (id: string) => string | undefined;
};

/** A new indicator with every field the plan document has: what is not given is empty. */
export function completeIndicator(id: string, i: NewIndicator): Indicator {
  return {
    id,
    code: i.code,
    title: i.title,
    formula: i.formula ?? null,
    expression: i.expression ?? null,
    purpose: i.purpose ?? null,
    polarity: i.polarity ?? 'positive',
    binary: i.binary ?? false,
    unitOfMeasure: i.unitOfMeasure ?? null,
    baseline: i.baseline ?? null,
    target: i.target ?? null,
    targetText: i.targetText ?? null,
    targetsByYear: i.targetsByYear ?? null,
    weight: i.weight ?? null,
    measurementDeadline: i.measurementDeadline ?? null,
    deadlineText: i.deadlineText ?? null,
    rowVersion: 1,
  };
}

export function completePhase(id: string, p: NewPhase & { number: number }): Phase {
  return { id, number: p.number, title: p.title, months: p.months, assignees: p.assignees, rowVersion: 1 };
}

function ref(
  id: string | null | undefined,
  current: Ref | null,
  name?: (id: string) => string | undefined,
): Ref | null {
  if (!id) return null;
  if (current?.id === id) return current;
  return { id, name: name?.(id) ?? '' };
}

export function completeObjective(
  id: string,
  o: NewObjectiveFields | NewObjective,
  names: RefNames = {},
): Objective {
  return {
    id,
    code: o.code,
    title: o.title,
    definition: o.definition ?? null,
    kind: o.kind ?? 'operational',
    weight: o.weight ?? null,
    unit: ref(o.unitId, null, names.unit),
    responsible: ref(o.responsiblePersonId, null, names.person),
    assignees: [],
    allStaff: o.allStaff ?? false,
    periodStart: o.periodStart ?? null,
    periodEnd: o.periodEnd ?? null,
    periodText: o.periodText ?? null,
    humanResources: o.humanResources ?? null,
    instrumentalResources: o.instrumentalResources ?? null,
    financialResources: o.financialResources ?? null,
    indicators: [],
    phases: [],
    rowVersion: 1,
  };
}

/**
 * The plan document after the operations, without touching the input: the next version as the
 * amendment will make it (used to check several requests in sequence, and to preview a diff).
 */
export function applyPlanOperations(
  doc: PlanDocument,
  ops: PlanOperation[],
  names: RefNames = {},
): PlanDocument {
  const next = structuredClone(doc);
  const objectives = () => next.strategicLines.flatMap((l) => l.objectives);
  const removedAt = new Map<string, number>();
  for (const op of ops) {
    switch (op.op) {
      case 'update-objective': {
        const o = objectives().find((x) => x.id === op.id);
        if (!o) break;
        const { unitId, responsiblePersonId, ...rest } = op.fields;
        Object.assign(o, rest);
        if (unitId !== undefined) o.unit = ref(unitId, o.unit, names.unit);
        if (responsiblePersonId !== undefined)
          o.responsible = ref(responsiblePersonId, o.responsible, names.person);
        o.rowVersion += 1;
        break;
      }
      case 'update-indicator':
        for (const o of objectives())
          for (const i of o.indicators)
            if (i.id === op.id) {
              Object.assign(i, op.fields);
              i.rowVersion += 1;
            }
        break;
      case 'update-phase':
        for (const o of objectives()) {
          const p = o.phases.find((x) => x.id === op.id);
          if (!p) continue;
          Object.assign(p, op.fields);
          p.rowVersion += 1;
          o.phases.sort((a, b) => a.number - b.number);
        }
        break;
      case 'remove-objective':
        for (const l of next.strategicLines) l.objectives = l.objectives.filter((o) => o.id !== op.id);
        break;
      case 'remove-indicator':
        for (const o of objectives()) {
          const at = o.indicators.findIndex((i) => i.id === op.id);
          if (at < 0) continue;
          removedAt.set(op.id, at);
          o.indicators.splice(at, 1);
        }
        break;
      case 'remove-phase':
        for (const o of objectives()) o.phases = o.phases.filter((p) => p.id !== op.id);
        break;
      case 'add-objective': {
        const line = next.strategicLines.find((l) => l.id === op.objective.strategicLineId);
        line?.objectives.push(completeObjective(op.id, op.objective, names));
        break;
      }
      case 'add-indicator': {
        const o = objectives().find((x) => x.id === op.objectiveId);
        if (!o) break;
        const at = op.replaces ? removedAt.get(op.replaces) : undefined;
        o.indicators.splice(at ?? o.indicators.length, 0, completeIndicator(op.id, op.indicator));
        break;
      }
      case 'add-phase': {
        const o = objectives().find((x) => x.id === op.objectiveId);
        if (!o) break;
        o.phases.push(completePhase(op.id, op.phase));
        o.phases.sort((a, b) => a.number - b.number);
        break;
      }
    }
  }
  return next;
}
