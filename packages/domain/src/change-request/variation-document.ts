import { describePlanChange, formatItalianNumber } from '../diff/describe-plan-change.ts';
import { diffPlanDocuments } from '../diff/diff-plan-documents.ts';
import type { Indicator, Objective, PlanDocument } from '../plan/plan.schema.ts';
import { applyPlanOperations } from './apply-plan-operations.ts';
import { CHANGE_TARGET_TYPES, type DecisionOutcome, parseChangeSet } from './change-request.schema.ts';
import { planOperations } from './plan-operations.ts';

/**
 * "Variazioni ed integrazioni al Piano dettagliato degli obiettivi": the table the Giunta adopts
 * with an amendment, in the layout of Cremona's fifth provvedimento (seed 002). One row per
 * indicator of the plan as it stood (the base version), grouped by strategic line; the request,
 * its reason and the Nucleo's decision on the row of the item they concern.
 *
 * Which objectives: every objective of each unit that filed a request (the seed lists whole
 * sectors, including objectives without requests, such as C16_0010).
 */

export const VARIATION_COLUMNS = [
  'Responsabile',
  'Settore',
  'Codice e Titolo Obiettivo',
  'Codice e Titolo Indicatore',
  'Formula',
  'Finalità',
  'Target',
  'Peso',
  'Richiesta variazione',
  'Motivazione',
  'Decisione del Nucleo',
] as const;

export type VariationRequest = {
  id: string;
  targetType: string;
  targetId: string | null;
  changes: unknown;
  requestText: string | null;
  reason: string;
  outcome: DecisionOutcome | null;
  decisionNote: string | null;
  decisionChanges: unknown;
};

export type VariationRow = {
  /** The first row of an objective carries its cells; the next ones leave them empty. */
  firstOfObjective: boolean;
  responsible: string;
  unit: string;
  objectiveCode: string;
  objectiveTitle: string;
  indicatorCode: string;
  indicatorTitle: string;
  formula: string;
  purpose: string;
  target: string;
  weight: string;
  request: string;
  reason: string;
  decision: string;
  /** True where the row carries a request. */
  changed: boolean;
};

export type VariationSection = { line: string; rows: VariationRow[] };

export const OUTCOME_LABELS: Record<DecisionOutcome, string> = {
  accepted: 'Accolta',
  accepted_with_changes: 'Accolta con modifiche',
  rejected: 'Non accolta',
  deferred: 'Rinviata a consuntivo',
};

const number = (n: number | null) => (n === null ? '' : formatItalianNumber(n));
const targetOf = (i: Indicator) => (i.targetText?.trim() ? i.targetText.trim() : number(i.target));
const joined = (parts: string[]) => parts.filter((p) => p.trim() !== '').join('\n\n');

/** The changes of a change set read against the base plan: "Indicatore 1299 – target: 247 → 217". */
export function describeChanges(
  base: PlanDocument,
  targetType: string,
  targetId: string | null,
  raw: unknown,
): string {
  const type = CHANGE_TARGET_TYPES.find((t) => t === targetType);
  if (!type || raw === null || raw === undefined) return '';
  const parsed = parseChangeSet(type, raw);
  if (!parsed.ok) return '';
  let n = 0;
  const result = planOperations(base, targetId, parsed.value, () => `new-${++n}`);
  if (!result.ok) return '';
  const after = applyPlanOperations(base, result.operations);
  return diffPlanDocuments(base, after).changes.map(describePlanChange).join('\n');
}

function decisionText(base: PlanDocument, r: VariationRequest): string {
  if (!r.outcome) return '';
  if (r.decisionNote?.trim()) return r.decisionNote.trim();
  const changes =
    r.outcome === 'accepted_with_changes'
      ? describeChanges(base, r.targetType, r.targetId, r.decisionChanges)
      : '';
  return joined([OUTCOME_LABELS[r.outcome], changes]);
}

/** Where a request is written: the indicator's row, or the first row of the objective it concerns. */
function anchorOf(
  base: PlanDocument,
  r: VariationRequest,
): { objectiveId: string; indicatorId: string | null } | null {
  for (const o of base.strategicLines.flatMap((l) => l.objectives)) {
    if (r.targetType === 'objective' && o.id === r.targetId) return { objectiveId: o.id, indicatorId: null };
    if (r.targetType === 'indicator' && o.indicators.some((i) => i.id === r.targetId))
      return { objectiveId: o.id, indicatorId: r.targetId };
    if (r.targetType === 'phase' && o.phases.some((p) => p.id === r.targetId))
      return { objectiveId: o.id, indicatorId: null };
  }
  return null;
}

/** A new objective asked for (target "plan"): its line and the cells it would fill. */
function newObjectiveOf(r: VariationRequest) {
  if (r.targetType !== 'plan') return null;
  const parsed = parseChangeSet('plan', r.decisionChanges ?? r.changes);
  return parsed.ok && parsed.value.type === 'plan' ? parsed.value.changes.newObjective : null;
}

export function variationSections(base: PlanDocument, requests: VariationRequest[]): VariationSection[] {
  type Anchored = { objective: VariationRequest[]; indicators: Map<string, VariationRequest[]> };
  const byObjective = new Map<string, Anchored>();
  const add = (objectiveId: string, indicatorId: string | null, r: VariationRequest) => {
    const entry: Anchored = byObjective.get(objectiveId) ?? { objective: [], indicators: new Map() };
    if (indicatorId) entry.indicators.set(indicatorId, [...(entry.indicators.get(indicatorId) ?? []), r]);
    else entry.objective.push(r);
    byObjective.set(objectiveId, entry);
  };
  const objectives = base.strategicLines.flatMap((l) => l.objectives);
  const units = new Set<string>();
  for (const r of requests) {
    const anchor = anchorOf(base, r);
    if (!anchor) continue;
    add(anchor.objectiveId, anchor.indicatorId, r);
    const o = objectives.find((x) => x.id === anchor.objectiveId);
    units.add(o?.unit?.id ?? `objective:${anchor.objectiveId}`);
  }
  const newObjectives = requests.flatMap((r) => {
    const o = newObjectiveOf(r);
    if (o?.unitId) units.add(o.unitId);
    return o ? [{ request: r, objective: o }] : [];
  });
  const inScope = (o: Objective) => units.has(o.unit?.id ?? `objective:${o.id}`);

  const cellsOf = (r: VariationRequest[]) => ({
    request: joined(
      r.map((x) => x.requestText?.trim() || describeChanges(base, x.targetType, x.targetId, x.changes)),
    ),
    reason: joined(r.map((x) => x.reason)),
    decision: joined(r.map((x) => decisionText(base, x))),
  });

  return base.strategicLines.flatMap((line): VariationSection[] => {
    const rows: VariationRow[] = [];
    for (const o of line.objectives.filter(inScope)) {
      const entry = byObjective.get(o.id);
      const indicators: (Indicator | null)[] = o.indicators.length > 0 ? o.indicators : [null];
      indicators.forEach((i, n) => {
        const here = [
          ...(n === 0 ? (entry?.objective ?? []) : []),
          ...(i ? (entry?.indicators.get(i.id) ?? []) : []),
        ];
        rows.push({
          firstOfObjective: n === 0,
          responsible: o.responsible?.name ?? '',
          unit: o.unit?.name ?? '',
          objectiveCode: o.code,
          objectiveTitle: o.title,
          indicatorCode: i?.code ?? '',
          indicatorTitle: i?.title ?? '',
          formula: i?.formula ?? '',
          purpose: i?.purpose ?? '',
          target: i ? targetOf(i) : '',
          weight: i ? number(i.weight) : '',
          ...cellsOf(here),
          changed: here.length > 0,
        });
      });
    }
    for (const { request, objective } of newObjectives.filter(
      (x) => x.objective.strategicLineId === line.id,
    )) {
      const first = objective.indicators[0];
      rows.push({
        firstOfObjective: true,
        responsible: '',
        unit: '',
        objectiveCode: objective.code,
        objectiveTitle: `${objective.title} (nuovo obiettivo)`,
        indicatorCode: first?.code ?? '',
        indicatorTitle: first?.title ?? '',
        formula: first?.formula ?? '',
        purpose: first?.purpose ?? '',
        target: first ? (first.targetText ?? number(first.target ?? null)) : '',
        weight: first ? number(first.weight ?? null) : '',
        ...cellsOf([request]),
        changed: true,
      });
    }
    return rows.length > 0 ? [{ line: line.title, rows }] : [];
  });
}
