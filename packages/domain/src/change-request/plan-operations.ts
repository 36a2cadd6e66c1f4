import type { Indicator, Objective, Phase, PlanDocument } from '../plan/plan.schema.ts';
import type {
  ChangeSet,
  FieldProblem,
  IndicatorFieldChanges,
  NewIndicator,
  NewObjective,
  NewPhase,
  ObjectiveFieldChanges,
  PhaseFieldChanges,
  ReplacementIndicator,
} from './change-request.schema.ts';

/**
 * What an accepted change does to the live rows of the plan, item by item. Computed purely from the
 * plan in force, so a request is checked when it is filed and again when an amendment adopts it.
 */
export type PlanOperation =
  | { op: 'update-objective'; id: string; fields: ObjectiveFieldChanges }
  | { op: 'update-indicator'; id: string; fields: IndicatorFieldChanges }
  | { op: 'update-phase'; id: string; fields: PhaseFieldChanges }
  | { op: 'remove-objective'; id: string }
  | { op: 'remove-indicator'; id: string }
  | { op: 'remove-phase'; id: string }
  | { op: 'add-objective'; id: string; objective: NewObjectiveFields }
  /** `replaces`: the new indicator takes the removed one's place in the objective. */
  | { op: 'add-indicator'; id: string; objectiveId: string; indicator: NewIndicator; replaces: string | null }
  | { op: 'add-phase'; id: string; objectiveId: string; phase: NewPhase & { number: number } };

export type NewObjectiveFields = Omit<NewObjective, 'indicators' | 'phases'>;

export type PlanOperationsResult =
  | { ok: true; operations: PlanOperation[] }
  | { ok: false; problems: FieldProblem[] };

type Located<T> = { item: T; objective: Objective };

function findObjective(doc: PlanDocument, id: string | null): Objective | undefined {
  return doc.strategicLines.flatMap((l) => l.objectives).find((o) => o.id === id);
}
function findIndicator(doc: PlanDocument, id: string | null): Located<Indicator> | undefined {
  for (const objective of doc.strategicLines.flatMap((l) => l.objectives)) {
    const item = objective.indicators.find((i) => i.id === id);
    if (item) return { item, objective };
  }
  return undefined;
}
function findPhase(doc: PlanDocument, id: string | null): Located<Phase> | undefined {
  for (const objective of doc.strategicLines.flatMap((l) => l.objectives)) {
    const item = objective.phases.find((p) => p.id === id);
    if (item) return { item, objective };
  }
  return undefined;
}

const indicatorCodes = (doc: PlanDocument) =>
  new Set(doc.strategicLines.flatMap((l) => l.objectives.flatMap((o) => o.indicators.map((i) => i.code))));
const objectiveCodes = (doc: PlanDocument) =>
  new Set(doc.strategicLines.flatMap((l) => l.objectives.map((o) => o.code)));

/** Parsed change sets hold only the keys given (an explicit null clears a field). */
const isEmpty = (o: object) => Object.values(o).every((v) => v === undefined);

/**
 * The target or deadline "as written" ("91.690", "Entro il 31/12") described the old value: a new
 * value without its own text clears it, or the plan would still read the old one.
 */
function withStaleTextCleared(item: Indicator, fields: IndicatorFieldChanges): IndicatorFieldChanges {
  const next = { ...fields };
  if (next.target !== undefined && next.targetText === undefined && item.targetText !== null)
    next.targetText = null;
  if (next.measurementDeadline !== undefined && next.deadlineText === undefined && item.deadlineText !== null)
    next.deadlineText = null;
  return next;
}

const nextPhaseNumber = (objective: Objective) => Math.max(0, ...objective.phases.map((p) => p.number)) + 1;

/**
 * A replacement keeps what describes how the old indicator was measured and weighed (formula,
 * polarity, target, weight, deadline) unless the decision says otherwise; its code, title, purpose
 * and baseline are its own.
 */
export function replacementIndicator(old: Indicator, replacement: ReplacementIndicator): NewIndicator {
  return {
    formula: old.formula,
    expression: replacement.formula !== undefined ? null : old.expression,
    polarity: old.polarity,
    binary: old.binary,
    unitOfMeasure: old.unitOfMeasure,
    target: old.target,
    targetText: old.targetText,
    targetsByYear: old.targetsByYear,
    weight: old.weight,
    measurementDeadline: old.measurementDeadline,
    deadlineText: old.deadlineText,
    ...replacement,
    code: replacement.code ?? `${old.code}-bis`,
    title: replacement.title,
  };
}

/**
 * The operations a change set makes on `doc` (the plan in force), or the problems that prevent it,
 * each naming its field. `newId` gives ids to added items.
 */
export function planOperations(
  doc: PlanDocument,
  targetId: string | null,
  set: ChangeSet,
  newId: () => string,
): PlanOperationsResult {
  const problems: FieldProblem[] = [];
  const ops: PlanOperation[] = [];
  const problem = (field: string, message: string) =>
    problems.push({ field, message: `${field}: ${message}` });
  const codes = indicatorCodes(doc);
  const addIndicator = (
    field: string,
    objectiveId: string,
    indicator: NewIndicator,
    replaces: string | null,
  ) => {
    if (codes.has(indicator.code))
      return problem(field, `indicator code ${indicator.code} already exists in the plan`);
    codes.add(indicator.code);
    ops.push({ op: 'add-indicator', id: newId(), objectiveId, indicator, replaces });
  };
  const addPhase = (field: string, objective: Objective, phase: NewPhase) => {
    const number = phase.number ?? nextPhaseNumber(objective);
    if (objective.phases.some((p) => p.number === number)) {
      problem(field, `phase ${number} already exists in objective ${objective.code}`);
      return;
    }
    ops.push({ op: 'add-phase', id: newId(), objectiveId: objective.id, phase: { ...phase, number } });
  };
  const updateParent = (objective: Objective, fields: ObjectiveFieldChanges | undefined) => {
    if (fields && !isEmpty(fields)) ops.push({ op: 'update-objective', id: objective.id, fields });
  };

  switch (set.type) {
    case 'objective': {
      const objective = findObjective(doc, targetId);
      if (!objective) {
        problem('target.id', 'no such objective in the plan in force');
        break;
      }
      const { remove, newIndicator, newPhase, ...fields } = set.changes;
      if (remove) {
        ops.push({ op: 'remove-objective', id: objective.id });
        break;
      }
      updateParent(objective, fields);
      if (newIndicator) addIndicator('changes.newIndicator.code', objective.id, newIndicator, null);
      if (newPhase) addPhase('changes.newPhase.number', objective, newPhase);
      break;
    }
    case 'indicator': {
      const found = findIndicator(doc, targetId);
      if (!found) {
        problem('target.id', 'no such indicator in the plan in force');
        break;
      }
      const { remove, replaceWith, objective: parent, ...fields } = set.changes;
      if (remove) ops.push({ op: 'remove-indicator', id: found.item.id });
      else if (replaceWith) {
        ops.push({ op: 'remove-indicator', id: found.item.id });
        codes.delete(found.item.code);
        const indicator = replacementIndicator(found.item, replaceWith);
        addIndicator('changes.replaceWith.code', found.objective.id, indicator, found.item.id);
      } else if (!isEmpty(fields))
        ops.push({
          op: 'update-indicator',
          id: found.item.id,
          fields: withStaleTextCleared(found.item, fields),
        });
      updateParent(found.objective, parent);
      break;
    }
    case 'phase': {
      const found = findPhase(doc, targetId);
      if (!found) {
        problem('target.id', 'no such phase in the plan in force');
        break;
      }
      const { remove, objective: parent, ...fields } = set.changes;
      if (remove) ops.push({ op: 'remove-phase', id: found.item.id });
      else if (!isEmpty(fields)) {
        const number = fields.number;
        if (
          number !== undefined &&
          found.objective.phases.some((p) => p.number === number && p.id !== found.item.id)
        )
          problem('changes.number', `phase ${number} already exists in objective ${found.objective.code}`);
        else ops.push({ op: 'update-phase', id: found.item.id, fields });
      }
      updateParent(found.objective, parent);
      break;
    }
    case 'plan': {
      const { indicators, phases, ...objective } = set.changes.newObjective;
      if (!doc.strategicLines.some((l) => l.id === objective.strategicLineId))
        problem('changes.newObjective.strategicLineId', 'no such strategic line in the plan');
      if (objectiveCodes(doc).has(objective.code))
        problem('changes.newObjective.code', `objective code ${objective.code} already exists in the plan`);
      const id = newId();
      ops.push({ op: 'add-objective', id, objective });
      indicators.forEach((indicator, n) => {
        addIndicator(`changes.newObjective.indicators.${n}.code`, id, indicator, null);
      });
      const numbers = new Set<number>();
      phases.forEach((phase, n) => {
        const number = phase.number ?? n + 1;
        if (numbers.has(number))
          problem(`changes.newObjective.phases.${n}.number`, `phase ${number} given twice`);
        numbers.add(number);
        ops.push({ op: 'add-phase', id: newId(), objectiveId: id, phase: { ...phase, number } });
      });
      break;
    }
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, operations: ops };
}
