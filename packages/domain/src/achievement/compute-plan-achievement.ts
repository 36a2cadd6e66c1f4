import { checkFormula } from '../formula/compile-formula.ts';
import type { Indicator, Objective, PlanDocument, StrategicLine } from '../plan/plan.schema.ts';
import type { AchievementRules } from './evaluation-rules.schema.ts';
import { scoreIndicator } from './indicator-achievement.ts';
import { formatDateIt, formatNumberIt } from './italian-numbers.ts';
import { type MeasurementInput, pickMeasurement } from './pick-measurement.ts';
import type {
  GroupAchievement,
  IndicatorAchievement,
  ObjectiveAchievement,
  PlanAchievement,
} from './plan-achievement.schema.ts';
import { INDICATORS, OBJECTIVES, rollUp } from './roll-up.ts';

/** What achievement reads of an indicator: its rule, and what names it in the answer. */
export type AchievementIndicator = Pick<
  Indicator,
  'id' | 'code' | 'title' | 'weight' | 'target' | 'binary' | 'polarity' | 'targetsByYear' | 'expression'
>;
export type AchievementObjective = Pick<
  Objective,
  'id' | 'code' | 'title' | 'unit' | 'responsible' | 'weight'
> & {
  indicators: AchievementIndicator[];
};
/**
 * The part of a plan document achievement is computed from: a whole PlanDocument is one, and the
 * server loads only this much when it needs nothing else (no phases, no long texts: a third of the
 * bytes for a large plan).
 */
export type AchievementPlan = Pick<PlanDocument, 'id' | 'version'> & {
  strategicLines: (Pick<StrategicLine, 'id' | 'code' | 'title'> & { objectives: AchievementObjective[] })[];
};

/**
 * The achievement of a whole plan from its measurements (PRODUCT.md "Computation rules"): each
 * indicator from the measurement that counts, each objective from its indicators, and lines,
 * units, responsible people and the plan from their objectives. Pure and linear in the size of
 * the plan; every figure carries its calculation in words.
 */
export function computePlanAchievement(
  plan: AchievementPlan,
  measurements: readonly MeasurementInput[],
  rules: AchievementRules,
): PlanAchievement {
  const byIndicator = new Map<string, MeasurementInput[]>();
  for (const m of measurements) {
    const list = byIndicator.get(m.indicatorId);
    if (list) list.push(m);
    else byIndicator.set(m.indicatorId, [m]);
  }
  const objectives: ObjectiveAchievement[] = [];
  const strategicLines = plan.strategicLines.map((line) => {
    const lineObjectives = line.objectives.map((o) => scoreObjective(o, line.id, byIndicator, rules));
    objectives.push(...lineObjectives);
    return { id: line.id, code: line.code, title: line.title, ...rollUpObjectives(lineObjectives) };
  });
  return {
    planId: plan.id,
    version: plan.version,
    rules: {
      floor: rules.floor,
      cap: rules.cap,
      negativeMethod: rules.negativeMethod,
      objectiveMethod: rules.objectiveMethod,
    },
    plan: rollUpObjectives(objectives),
    strategicLines,
    units: groupObjectives(objectives, (o) => o.unit),
    people: groupObjectives(objectives, (o) => o.responsible),
    objectives,
  };
}

/** Lines, units, people and the plan: weighted by objective weights (1 where none). */
export function rollUpObjectives(
  objectives: readonly Pick<ObjectiveAchievement, 'achievement' | 'weight'>[],
) {
  return rollUp(objectives, OBJECTIVES);
}

/** One figure per unit (or person), in order of first appearance; objectives without one are left out. */
export function groupObjectives(
  objectives: readonly ObjectiveAchievement[],
  keyOf: (o: ObjectiveAchievement) => { id: string; name: string } | null,
): GroupAchievement[] {
  const groups = new Map<string, { name: string; items: ObjectiveAchievement[] }>();
  for (const o of objectives) {
    const key = keyOf(o);
    if (!key) continue;
    const group = groups.get(key.id);
    if (group) group.items.push(o);
    else groups.set(key.id, { name: key.name, items: [o] });
  }
  return [...groups].map(([id, g]) => ({ id, name: g.name, ...rollUpObjectives(g.items) }));
}

function scoreObjective(
  o: AchievementObjective,
  strategicLineId: string,
  byIndicator: ReadonlyMap<string, MeasurementInput[]>,
  rules: AchievementRules,
): ObjectiveAchievement {
  const indicators = o.indicators.map((i): IndicatorAchievement => {
    const counted = pickMeasurement(byIndicator.get(i.id) ?? []);
    if (!counted)
      return {
        id: i.id,
        code: i.code,
        title: i.title,
        achievement: null,
        weight: i.weight,
        target: i.target,
        measurement: null,
        explanation: 'non ancora rilevato',
      };
    const year = Number(counted.date.slice(0, 4));
    const score = scoreIndicator(i, counted.value, rules, Number.isInteger(year) ? year : null);
    return {
      id: i.id,
      code: i.code,
      title: i.title,
      achievement: score.achievement,
      weight: i.weight,
      target: score.target,
      measurement: {
        id: counted.id,
        date: counted.date,
        final: counted.final,
        value: counted.value,
        status: counted.status ?? 'recorded',
        variables: counted.variables ?? null,
      },
      explanation: `${describeMeasurement(counted, i.expression)}: ${score.explanation}`,
    };
  });
  const figure = rollUp(
    indicators,
    INDICATORS,
    rules.objectiveMethod === 'all_targets' ? 'lowest' : 'weighted',
  );
  return {
    id: o.id,
    code: o.code,
    title: o.title,
    strategicLineId,
    unit: o.unit,
    responsible: o.responsible,
    weight: o.weight,
    ...figure,
    indicators,
  };
}

function describeMeasurement(m: MeasurementInput, expression: string | null): string {
  const kind = m.final ? 'finale' : 'intermedia';
  const vars = m.variables ? inFormulaOrder(m.variables, expression) : [];
  const computed =
    vars.length > 0
      ? `, valore calcolato ${formatNumberIt(m.value)} da ${vars.map(([k, v]) => `${k} = ${formatNumberIt(v)}`).join(', ')}`
      : '';
  return `Rilevazione ${kind} del ${formatDateIt(m.date)}${computed}`;
}

/** The variables as the formula names them (the database keeps its own key order). */
function inFormulaOrder(variables: Record<string, number>, expression: string | null): [string, number][] {
  const entries = Object.entries(variables);
  if (!expression) return entries;
  const check = checkFormula(expression);
  if (!check.ok) return entries;
  const rank = (k: string) => {
    const at = check.variables.indexOf(k);
    return at === -1 ? Number.MAX_SAFE_INTEGER : at;
  };
  return entries.sort(([a], [b]) => rank(a) - rank(b));
}
