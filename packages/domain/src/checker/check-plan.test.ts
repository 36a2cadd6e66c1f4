import { describe, expect, it } from 'vitest';
import {
  indicator as fixtureIndicator,
  objective as fixtureObjective,
} from '../achievement/test-plan.fixture.ts';
import type { Indicator, Objective, Phase, PlanDocument } from '../plan/plan.schema.ts';
import { checkPlan } from './check-plan.ts';

// Real rows of the seeds, then one planted mistake per case.

const id = () => crypto.randomUUID();
const segretario = { id: id(), name: 'Giovanna Cammara' };
const deLuca = { id: id(), name: 'Ida De Luca' };
const amministrativo = { id: id(), name: 'Amministrativo' };

function indicator(overrides: Partial<Indicator> = {}): Indicator {
  return fixtureIndicator({
    id: id(),
    code: '3',
    title: 'Predisposizione Regolamento Incentivi Tecnici',
    unitOfMeasure: '%',
    target: 100,
    targetText: '100%',
    weight: 100,
    measurementDeadline: '2020-12-31',
    deadlineText: '31/12/2020',
    ...overrides,
  });
}

function phase(overrides: Partial<Phase> = {}): Phase {
  return {
    id: id(),
    number: 3,
    title: 'Adozione Regolamento Incentivi Tecnici',
    months: [7, 8, 9, 10, 11, 12],
    assignees: ['Segretario Comunale'],
    rowVersion: 1,
    ...overrides,
  };
}

function objective(overrides: Partial<Objective> = {}): Objective {
  return fixtureObjective({
    id: id(),
    code: '3',
    title: 'Adozione Regolamento Incentivi Tecnici',
    unit: amministrativo,
    responsible: segretario,
    periodStart: '2020-07-01',
    periodEnd: '2020-12-31',
    periodText: '2° semestre 2020',
    humanResources: 'Tutto il personale',
    indicators: [indicator()],
    phases: [phase()],
    ...overrides,
  });
}

function plan(objectives: Objective[], overrides: Partial<PlanDocument> = {}): PlanDocument {
  return {
    id: id(),
    orgId: id(),
    title: 'Piano della Performance 2020',
    kind: 'performance_plan',
    startYear: 2020,
    endYear: 2020,
    status: 'draft',
    version: null,
    currentVersion: null,
    introduction: null,
    act: null,
    rowVersion: 1,
    strategicLines: [
      { id: id(), code: null, title: 'Specifici obiettivi anno 2020', description: null, objectives },
    ],
    ...overrides,
  };
}

/** Cremona C77_0004, "Bilancio ambientale": three indicators weighted 20 / 40 / 40. */
const bilancioAmbientale = (weights: [number | null, number | null, number | null] = [20, 40, 40]) =>
  objective({
    code: 'C77_0004',
    title: 'Bilancio ambientale consuntivo 2018 e preventivo 2019',
    indicators: [
      indicator({ code: '1389', title: 'Numero visualizzazioni documento', target: 200, weight: weights[0] }),
      indicator({ code: '1390', title: 'Andamento degli indicatori', target: 90, weight: weights[1] }),
      indicator({
        code: '1391',
        title: 'Andamento macro aree del documento',
        target: 60,
        weight: weights[2],
      }),
    ],
  });

/** Cremona 1613: "Adozione in Giunta della proposta di Accordo di Programma", 1 = fatto 0 = non fatto. */
const accordoDiProgramma = (target: number | null) =>
  indicator({
    code: '1613',
    title: 'Adozione in Giunta della proposta di Accordo di Programma',
    formula: '1 = fatto 0 = non fatto',
    binary: true,
    target,
    targetText: target === null ? null : String(target),
  });

const codesOf = (doc: PlanDocument) => checkPlan(doc).problems.map((p) => `${p.severity}:${p.code}`);

describe('the plan checker', () => {
  it("finds nothing wrong in Chieve's activity 3 as the seed writes it", () => {
    expect(checkPlan(plan([objective()]))).toEqual({ problems: [], errors: 0, warnings: 0 });
  });

  it('accepts the Cremona objective whose indicator weights add up to 100', () => {
    expect(codesOf(plan([bilancioAmbientale()]))).toEqual([]);
  });

  const cases: { name: string; doc: () => PlanDocument; expected: string[] }[] = [
    {
      name: 'indicator weights of an objective adding up to 90',
      doc: () => plan([bilancioAmbientale([20, 40, 30])]),
      expected: ['error:indicator-weights-sum'],
    },
    {
      name: 'one indicator of three without a weight',
      doc: () => plan([bilancioAmbientale([20, 40, null])]),
      expected: ['error:indicator-weights-sum'],
    },
    {
      name: 'several indicators without any weight',
      doc: () => plan([bilancioAmbientale([null, null, null])]),
      expected: ['warning:indicator-weights-missing'],
    },
    {
      name: 'a count with no value to reach',
      doc: () => plan([objective({ indicators: [indicator({ target: null, targetText: null })] })]),
      expected: ['error:target-missing'],
    },
    {
      name: 'a higher-is-better count with target 0 (Cremona 1595 "Accordi Raggiunti")',
      doc: () =>
        plan([
          objective({
            code: 'C154_0001',
            indicators: [indicator({ code: '1595', title: 'Accordi Raggiunti', target: 0, targetText: '0' })],
          }),
        ]),
      expected: ['warning:target-zero'],
    },
    {
      name: 'a lower-is-better indicator with target 0 is fine (zero appeals)',
      doc: () =>
        plan([
          objective({
            indicators: [indicator({ code: '1528', polarity: 'negative', target: 0, targetText: '0' })],
          }),
        ]),
      expected: [],
    },
    {
      name: 'a multi-year target given only per year is a target',
      doc: () =>
        plan([objective({ indicators: [indicator({ target: null, targetsByYear: { '2020': 90 } })] })]),
      expected: [],
    },
    {
      name: 'a "1 = fatto 0 = non fatto" indicator with target 100',
      doc: () => plan([objective({ indicators: [accordoDiProgramma(100)] })]),
      expected: ['error:binary-target'],
    },
    {
      name: 'a "1 = fatto 0 = non fatto" indicator without a target',
      doc: () => plan([objective({ indicators: [accordoDiProgramma(null)] })]),
      expected: ['error:binary-target'],
    },
    {
      name: 'a "1 = fatto 0 = non fatto" indicator with target 1 is fine',
      doc: () => plan([objective({ indicators: [accordoDiProgramma(1)] })]),
      expected: [],
    },
    {
      name: 'an indicator without a measurement deadline',
      doc: () =>
        plan([objective({ indicators: [indicator({ measurementDeadline: null, deadlineText: null })] })]),
      expected: ['warning:deadline-missing'],
    },
    {
      name: 'a deadline typed as 31/12/2002 in a 2020 plan',
      doc: () => plan([objective({ indicators: [indicator({ measurementDeadline: '2002-12-31' })] })]),
      expected: ['error:deadline-outside-period'],
    },
    {
      name: 'a deadline in the last year of a 2019-2021 plan is inside it',
      doc: () =>
        plan([objective({ indicators: [indicator({ measurementDeadline: '2021-12-31' })] })], {
          startYear: 2019,
          endYear: 2021,
        }),
      expected: [],
    },
    {
      name: 'a computable formula whose variables the written formula defines',
      doc: () =>
        plan([
          objective({
            indicators: [
              indicator({
                code: '1416',
                title: 'Attività di controllo',
                formula: 'n. controlli effettuati/n. controlli programmati*100',
                expression: 'controlli_effettuati / controlli_programmati * 100',
                target: 90,
              }),
            ],
          }),
        ]),
      expected: [],
    },
    {
      name: 'a computable formula naming a variable the written formula does not define',
      doc: () =>
        plan([
          objective({
            indicators: [
              indicator({
                code: '1416',
                title: 'Attività di controllo',
                formula: 'n. controlli effettuati/n. controlli programmati*100',
                expression: 'controlli_effettuati / controlli_previsti * 100',
              }),
            ],
          }),
        ]),
      expected: ['warning:expression-undefined-variable'],
    },
    {
      name: 'a computable formula calling a function outside the language',
      doc: () =>
        plan([
          objective({
            indicators: [
              indicator({ formula: 'realizzate / previste', expression: 'sqrt(realizzate / previste)' }),
            ],
          }),
        ]),
      expected: ['error:expression-unknown-function'],
    },
    {
      name: 'a computable formula that does not parse',
      doc: () =>
        plan([
          objective({
            indicators: [indicator({ formula: 'realizzate / previste', expression: 'realizzate / ' })],
          }),
        ]),
      expected: ['error:expression-invalid'],
    },
    {
      name: 'a computable formula with a comparison outside if',
      doc: () =>
        plan([
          objective({
            indicators: [
              indicator({ formula: 'realizzate / previste', expression: 'realizzate >= previste' }),
            ],
          }),
        ]),
      expected: ['error:expression-invalid'],
    },
    {
      name: 'a computable formula with if, min and round is fine',
      doc: () =>
        plan([
          objective({
            indicators: [
              indicator({
                formula: 'ricorsi / domande * 100',
                expression: 'if(domande > 0, round(min(100, ricorsi / domande * 100)), 0)',
              }),
            ],
          }),
        ]),
      expected: [],
    },
    {
      name: 'an objective without indicators (Chieve strategic objective)',
      doc: () => plan([objective({ kind: 'strategic', indicators: [] })]),
      expected: ['warning:objective-no-indicators'],
    },
    {
      name: 'an objective without a unit',
      doc: () => plan([objective({ unit: null })]),
      expected: ['warning:objective-no-unit'],
    },
    {
      name: 'an objective without a responsible ("Tutto il Personale")',
      doc: () => plan([objective({ responsible: null, allStaff: true })]),
      expected: ['warning:objective-no-responsible'],
    },
    {
      name: 'two objectives with the same code',
      doc: () => plan([objective({ code: 'C50_0004' }), objective({ code: 'C50_0004' })]),
      expected: ['error:duplicate-objective-code', 'error:duplicate-indicator-code'],
    },
    {
      name: 'two indicators with the same code in different objectives',
      doc: () =>
        plan([
          objective({ code: '1', indicators: [indicator({ code: '1011' })] }),
          objective({ code: '2', indicators: [indicator({ code: '1011' })] }),
        ]),
      expected: ['error:duplicate-indicator-code'],
    },
    {
      name: 'two phases of one objective with the same number',
      doc: () => plan([objective({ phases: [phase({ number: 1 }), phase({ number: 1 })] })]),
      expected: ['error:duplicate-phase-number'],
    },
    {
      name: 'a phase with no month marked in the calendar',
      doc: () => plan([objective({ phases: [phase({ months: [] })] })]),
      expected: ['warning:phase-no-months'],
    },
    {
      name: 'a plan without objectives',
      doc: () => plan([]),
      expected: ['error:plan-no-objectives'],
    },
  ];

  it.each(cases)('reports $name', ({ doc, expected }) => {
    const found = codesOf(doc());
    expect(new Set(found)).toEqual(new Set(expected));
  });

  it('reports each duplicate on every item that carries it, linking to the item', () => {
    const a = objective({ code: 'C50_0004', indicators: [indicator({ code: 'A' })] });
    const b = objective({ code: 'C50_0004', indicators: [indicator({ code: 'B' })] });
    const { problems } = checkPlan(plan([a, b]));
    expect(problems.map((p) => p.item)).toEqual([
      { type: 'objective', id: a.id, code: 'C50_0004' },
      { type: 'objective', id: b.id, code: 'C50_0004' },
    ]);
    expect(problems[0]?.message).toBe('Il codice C50_0004 è usato da più obiettivi.');
  });

  it('links an indicator problem to the indicator and its objective', () => {
    const ind = indicator({ measurementDeadline: '2002-12-31' });
    const o = objective({ indicators: [ind] });
    const [problem] = checkPlan(plan([o])).problems;
    expect(problem).toMatchObject({
      severity: 'error',
      item: { type: 'indicator', id: ind.id, code: '3', objectiveId: o.id },
      message: "La data di rilevazione dell'indicatore 3 (31/12/2002) è fuori dal periodo del piano (2020).",
    });
  });

  it('lists errors before warnings and counts both', () => {
    const result = checkPlan(
      plan([
        objective({ unit: null, indicators: [indicator({ weight: 50 })] }),
        objective({ code: '4', indicators: [indicator({ code: '4', measurementDeadline: '2002-12-31' })] }),
      ]),
    );
    expect(result.errors).toBe(2); // weights adding up to 50, a deadline in 2002
    expect(result.warnings).toBe(1);
    expect(result.problems.map((p) => p.severity)).toEqual(['error', 'error', 'warning']);
  });

  describe("weights of a person's objectives", () => {
    const doc = () =>
      plan([
        objective({ code: '3', weight: 30, responsible: segretario }),
        objective({ code: '4', weight: 30, responsible: segretario, indicators: [indicator({ code: '4' })] }),
        objective({
          code: '6',
          weight: 60,
          responsible: null,
          assignees: [deLuca],
          indicators: [indicator({ code: '6' })],
        }),
      ]);

    it('are not checked when the evaluation rules expect nothing', () => {
      expect(checkPlan(doc()).problems.map((p) => p.code)).toEqual(['objective-no-responsible']);
    });

    it('are reported for each person whose objectives do not add up to what the rules expect', () => {
      const found = checkPlan(doc(), { expectedPersonObjectiveWeight: 60 }).problems.filter(
        (p) => p.code === 'person-objective-weights',
      );
      expect(found).toEqual([]);
      const strict = checkPlan(doc(), { expectedPersonObjectiveWeight: 100 }).problems.filter(
        (p) => p.code === 'person-objective-weights',
      );
      expect(strict.map((p) => [p.item.id, p.message])).toEqual([
        [
          segretario.id,
          'I pesi degli obiettivi di Giovanna Cammara sommano a 60 invece di 100, come prevede il sistema di valutazione.',
        ],
        [
          deLuca.id,
          'I pesi degli obiettivi di Ida De Luca sommano a 60 invece di 100, come prevede il sistema di valutazione.',
        ],
      ]);
    });
  });
});
