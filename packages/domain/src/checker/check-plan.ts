import type { Indicator, Objective, PlanDocument } from '../plan/plan.schema.ts';
import { analyseExpression, undefinedVariables } from './expression-names.ts';
import type { PlanCheck, PlanProblem, ProblemItemRef, ProblemSeverity } from './plan-problem.ts';

export type CheckPlanOptions = {
  /**
   * What the evaluation rules expect the objective weights of each person to add up to (e.g. 100
   * points); undefined or null when the rules set no expectation, and the check is skipped.
   */
  expectedPersonObjectiveWeight?: number | null;
};

const EPSILON = 1e-6;
const sameNumber = (a: number, b: number) => Math.abs(a - b) < EPSILON;
const fmt = (n: number) => String(Math.round(n * 1000) / 1000).replace('.', ',');
const itDate = (iso: string) => iso.split('-').reverse().join('/');

type Context = { plan: PlanDocument; options: CheckPlanOptions; add: Add };
type Add = (severity: ProblemSeverity, code: string, message: string, item: ProblemItemRef) => void;

const objectiveRef = (o: Objective): ProblemItemRef => ({ type: 'objective', id: o.id, code: o.code });
const indicatorRef = (o: Objective, i: Indicator): ProblemItemRef => ({
  type: 'indicator',
  id: i.id,
  code: i.code,
  objectiveId: o.id,
});
const label = (o: Objective) => `obiettivo ${o.code}`;
const indicatorLabel = (i: Indicator) => `indicatore ${i.code}`;

/**
 * The plan checker ("verifica"): every problem of a plan document that would make its
 * measurement or its evaluations wrong, or that a Nucleo would send back. Pure: it reads the
 * document and never evaluates formulas.
 */
export function checkPlan(plan: PlanDocument, options: CheckPlanOptions = {}): PlanCheck {
  const problems: PlanProblem[] = [];
  const add: Add = (severity, code, message, item) => problems.push({ severity, code, message, item });
  const ctx: Context = { plan, options, add };
  const objectives = plan.strategicLines.flatMap((l) => l.objectives);

  if (objectives.length === 0)
    add('error', 'plan-no-objectives', 'Il piano non ha ancora obiettivi.', {
      type: 'plan',
      id: plan.id,
      code: null,
    });
  for (const o of objectives) {
    checkObjective(ctx, o);
    checkIndicatorWeights(ctx, o);
    for (const i of o.indicators) checkIndicator(ctx, o, i);
    for (const p of o.phases)
      if (p.months.length === 0)
        add(
          'warning',
          'phase-no-months',
          `La fase ${p.number} dell'${label(o)} non ha mesi nel calendario.`,
          { type: 'phase', id: p.id, code: String(p.number), objectiveId: o.id },
        );
  }
  checkDuplicates(ctx, objectives);
  checkPersonWeights(ctx, objectives);

  // Errors first (they stop adoption), each group in the order of the plan.
  const ordered = [
    ...problems.filter((p) => p.severity === 'error'),
    ...problems.filter((p) => p.severity === 'warning'),
  ];
  return {
    problems: ordered,
    errors: problems.filter((p) => p.severity === 'error').length,
    warnings: problems.filter((p) => p.severity === 'warning').length,
  };
}

function checkObjective({ add }: Context, o: Objective): void {
  const ref = objectiveRef(o);
  if (o.indicators.length === 0)
    add(
      'warning',
      'objective-no-indicators',
      `L'${label(o)} non ha indicatori: il suo raggiungimento non potrà essere misurato.`,
      ref,
    );
  if (!o.unit) add('warning', 'objective-no-unit', `L'${label(o)} non è assegnato a un settore.`, ref);
  if (!o.responsible)
    add('warning', 'objective-no-responsible', `L'${label(o)} non ha un responsabile.`, ref);
}

function checkIndicatorWeights({ add }: Context, o: Objective): void {
  if (o.indicators.length === 0) return;
  const weights = o.indicators.map((i) => i.weight);
  if (weights.every((w) => w === null)) {
    if (o.indicators.length > 1)
      add(
        'warning',
        'indicator-weights-missing',
        `Gli indicatori dell'${label(o)} non hanno un peso: conteranno in parti uguali.`,
        objectiveRef(o),
      );
    return;
  }
  const sum = weights.reduce<number>((s, w) => s + (w ?? 0), 0);
  if (!sameNumber(sum, 100))
    add(
      'error',
      'indicator-weights-sum',
      `I pesi degli indicatori dell'${label(o)} sommano a ${fmt(sum)} invece di 100.`,
      objectiveRef(o),
    );
}

function checkIndicator({ plan, add }: Context, o: Objective, i: Indicator): void {
  const ref = indicatorRef(o, i);
  const yearTargets = Object.values(i.targetsByYear ?? {});
  const targets = [...(i.target === null ? [] : [i.target]), ...yearTargets];
  if (i.binary) {
    // "1 = fatto 0 = non fatto": anything but 1 as the value to reach is a slip.
    if (i.target !== 1 || yearTargets.some((t) => t !== 1))
      add(
        'error',
        'binary-target',
        `L'${indicatorLabel(i)} è «1 = fatto 0 = non fatto» ma il valore atteso non è 1.`,
        ref,
      );
  } else if (targets.length === 0) {
    add('error', 'target-missing', `L'${indicatorLabel(i)} non ha un valore atteso.`, ref);
  } else if (i.polarity === 'positive' && targets.some((t) => t === 0)) {
    add(
      'warning',
      'target-zero',
      `L'${indicatorLabel(i)} («più è meglio») ha valore atteso 0: risulterebbe raggiunto con qualunque valore.`,
      ref,
    );
  }

  if (!i.measurementDeadline) {
    add('warning', 'deadline-missing', `L'${indicatorLabel(i)} non ha una data di rilevazione.`, ref);
  } else {
    const first = `${plan.startYear}-01-01`;
    const last = `${plan.endYear}-12-31`;
    if (i.measurementDeadline < first || i.measurementDeadline > last)
      add(
        'error',
        'deadline-outside-period',
        `La data di rilevazione dell'${indicatorLabel(i)} (${itDate(i.measurementDeadline)}) è fuori dal periodo del piano (${plan.startYear === plan.endYear ? plan.startYear : `${plan.startYear}-${plan.endYear}`}).`,
        ref,
      );
  }

  if (i.expression) checkExpression(add, o, i, i.expression);
}

function checkExpression(add: Add, o: Objective, i: Indicator, expression: string): void {
  const ref = indicatorRef(o, i);
  const { variables, issues } = analyseExpression(expression);
  for (const issue of issues) {
    if (issue.kind === 'unknown-function')
      add(
        'error',
        'expression-unknown-function',
        `La formula calcolabile dell'${indicatorLabel(i)} usa la funzione «${issue.detail}», che non esiste (ammesse: min, max, round, if).`,
        ref,
      );
    else
      add(
        'error',
        'expression-invalid',
        `La formula calcolabile dell'${indicatorLabel(i)} non è valida: ${issue.detail}.`,
        ref,
      );
  }
  if (issues.length > 0) return;
  const missing = undefinedVariables(variables, [i.formula, i.title, i.purpose]);
  if (missing.length > 0)
    add(
      'warning',
      'expression-undefined-variable',
      `La formula calcolabile dell'${indicatorLabel(i)} usa ${missing.length === 1 ? 'la variabile' : 'le variabili'} ${missing.map((v) => `«${v}»`).join(', ')} che la formula descritta non definisce.`,
      ref,
    );
}

function checkDuplicates({ plan, add }: Context, objectives: Objective[]): void {
  const lineCodes = duplicates(plan.strategicLines.filter((l) => l.code !== null).map((l) => l.code ?? ''));
  for (const l of plan.strategicLines)
    if (l.code !== null && lineCodes.has(l.code))
      add('error', 'duplicate-line-code', `Il codice ${l.code} è usato da più linee strategiche.`, {
        type: 'strategic_line',
        id: l.id,
        code: l.code,
      });

  const objectiveCodes = duplicates(objectives.map((o) => o.code));
  for (const o of objectives)
    if (objectiveCodes.has(o.code))
      add(
        'error',
        'duplicate-objective-code',
        `Il codice ${o.code} è usato da più obiettivi.`,
        objectiveRef(o),
      );

  const indicatorCodes = duplicates(objectives.flatMap((o) => o.indicators.map((i) => i.code)));
  for (const o of objectives)
    for (const i of o.indicators)
      if (indicatorCodes.has(i.code))
        add(
          'error',
          'duplicate-indicator-code',
          `Il codice ${i.code} è usato da più indicatori.`,
          indicatorRef(o, i),
        );

  for (const o of objectives) {
    const numbers = duplicates(o.phases.map((p) => String(p.number)));
    for (const p of o.phases)
      if (numbers.has(String(p.number)))
        add('error', 'duplicate-phase-number', `L'${label(o)} ha più fasi con il numero ${p.number}.`, {
          type: 'phase',
          id: p.id,
          code: String(p.number),
          objectiveId: o.id,
        });
  }
}

/** The objective weights of each person who answers for or is assigned to objectives. */
function checkPersonWeights({ options, add }: Context, objectives: Objective[]): void {
  const expected = options.expectedPersonObjectiveWeight;
  if (expected === undefined || expected === null) return;
  const people = new Map<string, { name: string; sum: number }>();
  for (const o of objectives) {
    const involved = new Map<string, string>();
    if (o.responsible) involved.set(o.responsible.id, o.responsible.name);
    for (const a of o.assignees) involved.set(a.id, a.name);
    for (const [id, name] of involved) {
      const entry = people.get(id) ?? { name, sum: 0 };
      entry.sum += o.weight ?? 0;
      people.set(id, entry);
    }
  }
  for (const [id, { name, sum }] of people)
    if (!sameNumber(sum, expected))
      add(
        'warning',
        'person-objective-weights',
        `I pesi degli obiettivi di ${name} sommano a ${fmt(sum)} invece di ${fmt(expected)}, come prevede il sistema di valutazione.`,
        { type: 'person', id, code: null },
      );
}

function duplicates(values: string[]): Set<string> {
  const seen = new Set<string>();
  const dup = new Set<string>();
  for (const v of values) {
    if (seen.has(v)) dup.add(v);
    seen.add(v);
  }
  return dup;
}
